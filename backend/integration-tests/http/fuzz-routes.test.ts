import { createHmac } from "node:crypto"
import fc from "fast-check"
import type pg from "pg"
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest"
import { PAYMENT_ENV } from "../setup/payment-env"
import { almostValid, json, junkBody, junkQuery, junkSegment, MISSING, queryString, type Body, type RouteSpec } from "./fuzz-arbitraries"
import { changedTables, connectDb, quietSnapshot, snapshot, type Snapshot } from "./fuzz-db"
import { makeFixtures, placeholderFixtures, type Fixtures } from "./fuzz-fixtures"
import { adminSpecs } from "./fuzz-specs-admin"
import { posSpecs } from "./fuzz-specs-pos"
import { producerSpecs, publicSpecs } from "./fuzz-specs-public"

/**
 * The issue's fuzz pass: malformed bodies, queries and path ids on every custom route (every
 * route.ts under src/api), as the actor allowed to call it. Each answer must be a 4xx with a JSON
 * sentence (never a 5xx, never a stack trace), and the database must not change: a checksum of
 * every table is compared before and after each route. GETs may answer 2xx to junk query
 * parameters they do not read; the values they do read, broken, must still be refused.
 *
 * Actors: the admin, a clerk, a producer; store routes as a storefront (publishable key only), the
 * webhooks and the invitation as nobody. No custom route is a customer's own.
 *
 * Reproducible: OCOP_FUZZ_SEED (default below) and OCOP_FUZZ_RUNS (runs per route).
 */
const SEED = Number(process.env.OCOP_FUZZ_SEED || 20261206)
const RUNS = Number(process.env.OCOP_FUZZ_RUNS || 30)

const allSpecs = (f: Fixtures): RouteSpec[] => [...adminSpecs(f), ...posSpecs(f), ...producerSpecs(f), ...publicSpecs(f)]
let fixtures: Fixtures
let specs: RouteSpec[]

type Case = { kind: string; path: string; query: [string, string][]; body?: Body; signed?: boolean; allow2xx?: boolean; field?: string }

const nameOf = (s: RouteSpec) => `${s.method} ${s.param && !s.param.startsWith(":") ? s.path.replace(s.param, ":id") : s.path}`
/** A different but fixed seed per route, so routes do not all draw the same choices. */
const seedOf = (s: RouteSpec) => [...nameOf(s)].reduce((h, c) => (h * 31 + c.charCodeAt(0)) | 0, SEED)

/** True when the route's validator would accept the body: then it is valid, not junk. */
function accepted(spec: RouteSpec, body: Body) {
  if (!spec.schema) return false
  try {
    // body-parser reads an empty body as {}, and a leading byte-order mark as nothing.
    return spec.schema.safeParse(body.text === "" ? {} : JSON.parse(body.text.replace(/^\uFEFF/, ""))).success
  } catch {
    return false
  }
}

/** A broken value as query text: a missing one is empty, an array repeats the key; long ones are cut (URLs have a limit). */
const queryValue = (v: unknown): string[] =>
  (v === MISSING ? [""] : Array.isArray(v) ? (v.length ? v.map(String) : [""]) : [String(v)]).map((s) => s.slice(0, 2_000))

function cases(spec: RouteSpec): fc.Arbitrary<Case> {
  const at = (path: string) => ({ path, query: [] as [string, string][] })
  const kinds: fc.Arbitrary<Case>[] = []
  const known = spec.query?.known ?? []
  const queryBreakers = spec.query?.breakers
  const almostQuery = queryBreakers
    ? fc.constantFrom(...Object.keys(queryBreakers)).chain((k) =>
        queryBreakers[k]!.map((v) => ({ field: k, query: queryValue(v).map((x) => [k, x] as [string, string]) }))
      )
    : undefined
  if (spec.method === "GET") {
    kinds.push(junkQuery(known).map((query) => ({ kind: "junk query", ...at(spec.path), query, allow2xx: true })))
    if (almostQuery) kinds.push(almostQuery.map(({ field, query }) => ({ kind: "bad query value", ...at(spec.path), query, field })))
    if (spec.param) kinds.push(junkSegment.map((seg) => ({ kind: "bad path id", ...at(spec.path.replace(spec.param!, seg)) })))
    return fc.oneof(...kinds)
  }
  const junk = junkBody(spec.body)
  const broken: fc.Arbitrary<{ body: Body; field?: string }> = spec.body
    ? almostValid(spec.body, spec.breakers ?? {}).map(({ field, body }) => ({ body: json(body), field }))
    : junk.map((body) => ({ body }))
  const signed = spec.sign ? fc.boolean() : fc.constant(false)
  kinds.push(fc.tuple(junk, signed).map(([body, s]) => ({ kind: "junk body", ...at(spec.path), body, signed: s })))
  if (spec.body) kinds.push(fc.tuple(broken, signed).map(([b, s]) => ({ kind: "almost valid body", ...at(spec.path), ...b, signed: s })))
  kinds.push(fc.tuple(junkQuery(known), broken).map(([query, b]) => ({ kind: "junk query", ...at(spec.path), query, ...b })))
  if (almostQuery) kinds.push(fc.tuple(almostQuery, broken).map(([q, b]) => ({ kind: "bad query value", ...at(spec.path), query: q.query, body: b.body, field: q.field })))
  if (spec.param) {
    // A valid body at an id that names nothing: still refused, nothing written.
    const body = spec.body ? fc.constant(json(spec.body)) : junk
    kinds.push(fc.tuple(junkSegment, body).map(([seg, b]) => ({ kind: "bad path id", ...at(spec.path.replace(spec.param!, seg)), body: b })))
  }
  return fc.oneof(...kinds)
}

function signature(spec: RouteSpec, text: string): Record<string, string> {
  if (spec.sign === "vietqr") return { "x-ocop-signature": `sha256=${createHmac("sha256", PAYMENT_ENV.OCOP_VIETQR_WEBHOOK_SECRET).update(text).digest("hex")}` }
  const t = Math.floor(Date.now() / 1000)
  return { "stripe-signature": `t=${t},v1=${createHmac("sha256", PAYMENT_ENV.STRIPE_WEBHOOK_SECRET).update(`${t}.${text}`).digest("hex")}` }
}

async function send(spec: RouteSpec, c: Case) {
  const headers: Record<string, string> = {}
  const token = spec.actor === "store" || spec.actor === "anonymous" ? undefined : fixtures.tokens[spec.actor]
  if (token) headers.authorization = `Bearer ${token}`
  if (spec.actor === "store") headers["x-publishable-api-key"] = fixtures.key
  if (c.body) headers["content-type"] = c.body.type
  if (c.body && c.signed) Object.assign(headers, signature(spec, c.body.text))
  const query = queryString(c.query)
  const url = `${inject("baseUrl")}${c.path}${query ? (c.path.includes("?") ? "&" : "?") + query : ""}`
  const res = await fetch(url, { method: spec.method, headers, body: spec.method === "GET" ? undefined : c.body?.text, signal: AbortSignal.timeout(30_000) })
  return { url, status: res.status, type: res.headers.get("content-type") ?? "", text: await res.text() }
}

/** Why an answer is not a proper refusal, or null when it is one. */
function problem(c: Case, res: { status: number; type: string; text: string }): string | null {
  if (res.status >= 500) return "a server error"
  if (res.status < 400) return c.allow2xx && res.status < 300 ? null : "accepted"
  if (!res.type.includes("json")) return "a refusal that is not JSON"
  let message: unknown
  try {
    message = JSON.parse(res.text).message
  } catch {
    return "a refusal that is not JSON"
  }
  if (typeof message !== "string" || !message.trim()) return "a refusal without a message"
  if (/\n\s+at\s|node_modules|\.ts:\d+/.test(message)) return "a stack trace in the message"
  return null
}

let db: pg.Client
let last: Snapshot

beforeAll(async () => {
  fixtures = await makeFixtures()
  specs = allSpecs(fixtures)
  db = await connectDb()
  last = await quietSnapshot(db)
}, 300_000)

afterAll(async () => {
  await db?.end()
})

describe.each(allSpecs(placeholderFixtures()).map((s, i) => [nameOf(s), i] as const))("%s", (_name, index) => {
  it("refuses malformed input with a 4xx sentence and writes nothing", async () => {
    const spec = specs[index]!
    const failures = new Map<string, string>()
    await fc.assert(
      fc.asyncProperty(cases(spec), async (c) => {
        if (c.body && c.kind === "junk body") fc.pre(!accepted(spec, c.body))
        let res
        try {
          res = await send(spec, c)
        } catch (e) {
          failures.set(`${c.kind} ${c.field ?? ""} no answer`, `${c.path}: ${String(e)}`)
          return
        }
        const wrong = problem(c, res)
        // One line per kind of failure (the same field failing twice is one finding).
        if (wrong) failures.set(`${c.kind} ${c.field ?? ""} ${res.status}`, `${wrong}: ${spec.method} ${res.url.slice(0, 300)}\n    body: ${c.body?.text.slice(0, 300) ?? "-"}\n    answer: ${res.status} ${res.text.slice(0, 300)}`)
      }),
      { seed: seedOf(spec), numRuns: RUNS, maxSkipsPerRun: 10 }
    )
    const after = await snapshot(db)
    const written = changedTables(last, after)
    last = after
    const seed = `seed ${seedOf(spec)} (OCOP_FUZZ_SEED=${SEED}), ${RUNS} runs`
    expect.soft([...failures].map(([k, v]) => `[${k}] ${v}`), `${nameOf(spec)}: answers that are not refusals, ${seed}`).toEqual([])
    expect(written, `${nameOf(spec)} wrote to the database, ${seed}`).toEqual([])
  }, 600_000)
})
