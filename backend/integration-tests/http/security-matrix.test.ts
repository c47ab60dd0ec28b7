import fs from "node:fs"
import path from "node:path"
import { beforeAll, describe, expect, inject, it } from "vitest"
import { api } from "./api"
import { ACTORS, CENTRE_Y, setUp, type Fixtures } from "./security-matrix.fixtures"
import { REQUESTS } from "./security-matrix.requests"
import { admits, ROWS, type Outcome, type Row } from "./security-matrix.routes"

/**
 * INVARIANTS "Who may do what", cell by cell: every custom route (and the core routes our
 * middlewares close) called by every actor, against the policy table in
 * security-matrix.routes.ts. A refused call must also leave its target as it was.
 */
let f: Fixtures

beforeAll(async () => {
  f = await setUp()
}, 600_000)

const REFUSED: Outcome[] = ["no", "hid", "ref", "sig"]

function pathOf(row: Row) {
  return row.path.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = f.ids[name]
    if (!value) throw new Error(`No fixture for {${name}}`)
    return value
  })
}

/** One real request as the actor's client would send it: its token, the shop's key on /store. */
async function call(row: Row, token: string | undefined) {
  const request = REQUESTS[`${row.method} ${row.label}`] ?? {}
  const path = pathOf(row)
  const headers: Record<string, string> = { "content-type": "application/json", ...request.headers }
  if (token) headers.authorization = `Bearer ${token}`
  if (path.startsWith("/store")) headers["x-publishable-api-key"] = f.key
  const body = request.body ? JSON.stringify(request.body(f)) : row.method === "POST" ? "{}" : undefined
  const res = await fetch(`${inject("baseUrl")}${path}`, { method: row.method, headers, body })
  return { path, status: res.status, text: await res.text() }
}

async function expectCell(row: Row, actor: string, token: string | undefined, outcome: Outcome) {
  const { state, settle } = REQUESTS[`${row.method} ${row.label}`] ?? {}
  const watched = REFUSED.includes(outcome) && state
  const before = watched ? await state(f) : undefined
  const { path, status, text } = await call(row, token)
  expect(admits(outcome, status, actor === "anon"), `${actor} ${row.method} ${path} answered ${status}: ${text.slice(0, 300)}`).toBe(true)
  if (watched) expect(await state(f), `${actor} ${row.method} ${path} changed its target`).toEqual(before)
  if (outcome === "ok" && settle) await settle(JSON.parse(text))
}

/** Every handler under src/api as "METHOD /url/[param]", read from the route files themselves. */
function customRoutes() {
  const api = path.resolve(__dirname, "../../src/api")
  const files = (fs.readdirSync(api, { recursive: true }) as string[]).filter((f) => f.endsWith(`${path.sep}route.ts`))
  return files.flatMap((file) => {
    const url = `/${path.dirname(file).split(path.sep).join("/")}`
    const methods = [...fs.readFileSync(path.join(api, file), "utf8").matchAll(/export\s+(?:const|async\s+function|function)\s+(GET|POST|PUT|PATCH|DELETE)\b/g)]
    return methods.map((m) => `${m[1]} ${url}`)
  })
}

it("has a row for every method of every custom route", () => {
  const routes = customRoutes()
  expect(routes.length).toBeGreaterThan(60)
  const missing = routes.filter((route) => {
    const [method, url] = route.split(" ") as [string, string]
    const pattern = new RegExp(`^${url.replace(/\[[^\]]+\]/g, "[^/]+")}$`)
    return !ROWS.some((row) => row.method === method && pattern.test(row.path.split("?")[0]!.replace(/\{(\w+)\}/g, "$1")))
  })
  expect(missing).toEqual([])
})

describe.each(ROWS.map((row) => [`${row.method} ${row.label}`, row] as const))("%s", (_name, row) => {
  const cells = ACTORS.filter((actor) => row.expect[actor] !== "-").map((actor) => [actor, row.expect[actor]] as const)
  it.each(cells)("%s: %s", async (actor, outcome) => {
    await expectCell(row, actor, f.tokens[actor], outcome)
  })
})

describe("a supervisor is till staff: the admin is closed to them too", () => {
  const adminRows = ROWS.filter((row) => row.path.startsWith("/admin/"))
  it.each(adminRows.map((row) => [`${row.method} ${row.label}`, row] as const))("%s", async (_name, row) => {
    await expectCell(row, "supervisorX", f.supervisorX, "no")
  })
})

describe("an identity signed up without an invitation", () => {
  it.each(["producer", "user"])("as a %s is nobody: 401 in the producer area, the till and the admin", async (actor) => {
    const email = `self-made-${actor}-${Date.now()}@example.com`
    const { body } = await api(`/auth/${actor}/emailpass/register`, { method: "POST", body: { email, password: "self-made-pass-1" } })
    for (const path of ["/producer/me", "/pos/me", "/admin/ocop/centres", "/admin/orders"]) {
      expect((await api(path, { token: body.token })).status, `${actor} ${path}`).toBe(401)
    }
  })
})

describe("lists show only the caller's own records", () => {
  const get = async (token: string | undefined, path: string) => {
    const reply = await api(path, { token, key: path.startsWith("/store") ? f.key : undefined })
    expect(reply.status, `${path}: ${JSON.stringify(reply.body)}`).toBe(200)
    return reply.body
  }
  const ids = (rows: any[], field = "id") => rows.map((r) => r[field])

  it("customer A's orders leave out customer B's", async () => {
    expect(ids((await get(f.tokens.custA, "/store/orders")).orders)).not.toContain(f.ids.orderB)
    expect(ids((await get(f.tokens.custB, "/store/orders")).orders)).toContain(f.ids.orderB)
  })

  it("clerk X's sales, receipt search, conflicts and deliveries leave out centre Y's", async () => {
    const x = f.tokens.clerkX
    expect(ids((await get(x, "/pos/sales?limit=100")).sales)).not.toContain(f.ids.saleY)
    expect((await get(x, `/pos/sales?receipt=${f.ids.receiptY}`)).count).toBe(0)
    expect((await get(f.tokens.clerkY, `/pos/sales?receipt=${f.ids.receiptY}`)).count).toBe(1)
    expect(ids((await get(x, "/pos/conflicts?status=all")).conflicts, "sale_id")).not.toContain(f.ids.conflictY2)
    const deliveries = (await get(x, "/pos/deliveries")).deliveries
    expect(deliveries.filter((d: any) => d.centre.handle === CENTRE_Y)).toEqual([])
  })

  it("producer A's listings, products, deliveries, stock and statement leave out producer B's", async () => {
    const a = f.tokens.prodA
    expect(ids((await get(a, "/producer/listings")).listings)).not.toContain(f.ids.listingB)
    expect(ids((await get(a, "/producer/products")).products)).not.toContain(f.ids.productB)
    expect(ids((await get(a, "/producer/deliveries")).deliveries)).not.toContain(f.ids.deliveryB)
    const stock = (await get(a, "/producer/stock")).centres.flatMap((c: any) => ids(c.variants, "variant_id"))
    expect(stock).not.toContain(f.producerBVariant)
    const me = (await get(a, "/producer/me")).producer
    // A producer id in the query is not a way in: the statement is always the caller's own.
    const asked = await api(`/producer/statements/2026-01?producer_id=${f.ids.producerB}`, { token: a })
    expect(asked.status).toBe(400)
    expect((await get(a, "/producer/statements/2026-01")).statement.producer.id).toBe(me.id)
  })
})
