import fc from "fast-check"

/**
 * Malformed input for the route fuzz (fuzz-routes.test.ts): junk values, bodies and query
 * strings, and "almost valid" bodies (a valid example with exactly one field broken).
 */

/** A JSON token written as is: numbers JSON.stringify cannot write (1e999 parses to Infinity). */
export class Raw {
  constructor(readonly text: string) {}
  toString() {
    return `Raw(${this.text.slice(0, 40)})`
  }
}
/** Put in place of a required field: the field is left out. */
export const MISSING = new Raw("<missing>")

/** JSON text of a value, keeping own `__proto__` keys and Raw tokens. */
export function toJson(v: unknown): string {
  if (v instanceof Raw) return v.text
  if (Array.isArray(v)) return `[${v.map(toJson).join(",")}]`
  if (v && typeof v === "object") {
    return `{${Object.keys(v).map((k) => `${JSON.stringify(k)}:${toJson((v as any)[k])}`).join(",")}}`
  }
  return JSON.stringify(v) ?? "null"
}

/** An own property, even for `__proto__`, which a plain assignment would not create. */
export function withKey<T extends object>(obj: T, key: string, value: unknown): T {
  const copy = Object.assign(Object.create(null), obj)
  Object.defineProperty(copy, key, { value, enumerable: true, configurable: true, writable: true })
  return copy
}

const HUGE = 10_000
export const SQLISH = ["' OR '1'='1", "1; DROP TABLE product; --", '") OR 1=1 --', "%' --", "$1", "'||pg_sleep(2)||'", "\\", "_%"]
const NASTY = [
  "\u0000", "a\u0000b", "\uFEFF", "\u202Ename", "𝕏𝕐", "Bát Tràng", "😀", "<script>alert(1)</script>", "${7*7}",
  "../../etc/passwd", "null", "undefined", "NaN", "-1", "0", "1e309", "true", "[]", "{}", " ", "", "\t\n",
]
export const hugeString = fc.constantFrom("a", "Đ", "9", "\u0000", " x").map((c) => c.repeat(HUGE / c.length))
export const junkString = fc.oneof(
  fc.constantFrom(...NASTY, ...SQLISH),
  hugeString,
  fc.string({ unit: "grapheme", maxLength: 30 }),
  fc.string({ unit: "binary", maxLength: 30 })
)
const RAW_NUMBERS = ["1e999", "-1e999", "1e-400", "-0", "123456789012345678901234567890", "0.1e1", "1E2"]
export const junkNumber = fc.oneof(
  fc.constantFrom(-1, 0, -0.5, 1.5, 1e308, -1e308, 2 ** 53 + 2, 2 ** 31, -(2 ** 31) - 1, 1e21, Number.MIN_VALUE),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.constantFrom(...RAW_NUMBERS).map((t) => new Raw(t))
)
const junkKey = fc.oneof(
  fc.constantFrom("__proto__", "constructor", "prototype", "toString", "hasOwnProperty", "$where", "$ne", "id", "metadata", "centre", "centre_id", "producer_id"),
  fc.string({ maxLength: 12 })
)
const junkLeaf = fc.oneof(fc.constant(null), fc.boolean(), junkNumber, junkString)
export const { junkValue } = fc.letrec((tie) => ({
  junkValue: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    junkLeaf,
    fc.array(tie("junkValue"), { maxLength: 4 }),
    fc.array(fc.tuple(junkKey, tie("junkValue")), { maxLength: 4 }).map((es) => es.reduce((o, [k, v]) => withKey(o, k, v), {} as object))
  ),
}))

/** What is sent: the body's text and its content type. */
export type Body = { text: string; type: string }
export const json = (v: unknown): Body => ({ text: toJson(v), type: "application/json" })

const RAW_BODIES = [
  "", "{", "}", "not json", "{'a': 1}", '{"a": 1,}', '{"a": NaN}', '{"a": Infinity}', "NaN", "\u0000", "null", "true", "1",
  '"a string"', "[]", "[1, 2]", "<?xml version=\"1.0\"?><a/>", "\uFEFF{}", '{"a":1}{"b":2}', '{"a":"\\ud800"}', '{"a":"\\u0000"}',
]
const deepNesting = fc.constantFrom("[", '{"a":').map((open) => open.repeat(3_000) + (open === "[" ? "]" : "1}").repeat(3_000))

/** Bodies that are wrong from the top: any JSON value, non-JSON text, deep nesting, junk keys. */
export function junkBody(example?: Record<string, unknown>): fc.Arbitrary<Body> {
  const base = example ?? {}
  return fc.oneof(
    junkValue.map(json),
    fc.constantFrom(...RAW_BODIES).map((text) => ({ text, type: "application/json" })),
    deepNesting.map((text) => ({ text, type: "application/json" })),
    // The example with a key it does not know (prototype pollution included).
    fc.tuple(junkKey, junkValue).map(([k, v]) => json(withKey(base, k === "" ? "x" : k, v))),
    // The example's fields given as an array, or wrapped.
    fc.constantFrom(json([base]), json({ data: base }), json(Object.values(base)))
  )
}

/**
 * A field path ("lines.0.quantity") and the value that breaks it (MISSING: left out). A name
 * starting with "+" merges its object into the body: a rule broken by two fields together.
 */
export type Breakers = Record<string, fc.Arbitrary<unknown>>

export function setPath(obj: unknown, path: string, value: unknown): unknown {
  if (path.startsWith("+")) return { ...(obj as object), ...(value as object) }
  const [head, ...rest] = path.split(".")
  const copy: any = Array.isArray(obj) ? [...obj] : { ...(obj as object) }
  if (!rest.length) {
    if (value === MISSING) delete copy[head!]
    else copy[head!] = value
    return copy
  }
  copy[head!] = setPath(copy[head!] ?? {}, rest.join("."), value)
  return copy
}

/** The example with exactly one field broken, and which. */
export function almostValid(example: unknown, breakers: Breakers): fc.Arbitrary<{ field: string; body: unknown }> {
  const fields = Object.keys(breakers)
  return fc.constantFrom(...fields).chain((field) => breakers[field]!.map((bad) => ({ field, body: setPath(example, field, bad) })))
}

// Breakers by kind of field: each value is one the field's rule refuses.
export const notString = fc.oneof(junkNumber, fc.boolean(), fc.constant([]), fc.constant({}), fc.constant(["a"]))
/** A required text: refused when missing, null, of another type, blank, or longer than `max`. */
export const badText = (max?: number) =>
  fc.oneof(
    fc.constant(MISSING), fc.constant(null), notString, fc.constantFrom("", "   ", "\t"),
    ...(max ? [fc.constantFrom("x", "Đ", "9").map((c) => c.repeat(max + 1)), ...(max < HUGE ? [hugeString.filter((s) => s.trim().length > max)] : [])] : [])
  )
/** An optional (nullable) text: only its type and length can be wrong. */
export const badOptionalText = (max: number) =>
  fc.oneof(notString, fc.constantFrom("x", "ệ").map((c) => c.repeat(max + 1)), ...(max < HUGE ? [hugeString.filter((s) => s.trim().length > max)] : []))
/** Text no column can hold: PostgreSQL refuses NUL in text. */
export const nulText = fc.constantFrom("\u0000", "a\u0000b", "Gốm\u0000")
/** A whole number within [min, max] (zod's int() also refuses numbers past 2^53). */
export const badInt = (min: number, max?: number) =>
  fc.oneof(
    fc.constant(MISSING), fc.constant(null), fc.constantFrom("1", "", "NaN", "1e3", "0x10"), fc.boolean(), fc.constant([1]), fc.constant({}),
    fc.constantFrom(min - 1, min - 0.5, min + 0.5, -1e308, Number.MIN_VALUE, 2 ** 53 + 2),
    fc.constantFrom("1e999", "-1e999", "123456789012345678901234567890").map((t) => new Raw(t)),
    ...(max !== undefined ? [fc.constantFrom(max + 1, max * 10 + 7, 1e308), fc.maxSafeNat().map((n) => max + 1 + n)] : [])
  )
export const badEnum = (allowed: readonly string[]) =>
  fc.oneof(fc.constant(MISSING), fc.constant(null), notString, junkString.filter((s) => !allowed.includes(s)), fc.constantFrom(...allowed).map((s) => s.toUpperCase() + " "))
export const badDate = fc.constantFrom(
  MISSING, null, "", "yesterday", "2026-13-01T00:00:00Z", "2026-02-30T10:00:00Z", "2026-12-02T25:61:00Z", "2026-12-02", "12/02/2026",
  "9999999-01-01T00:00:00Z", "0000-00-00T00:00:00Z", "2026-12-02T10:00:00", 1764669600000, "NaN", "Invalid Date", "2026-12-02T10:00:00.000Z\u0000"
)
/** A required id: refused by shape, or naming nothing (`prefix` is what real ones start with). */
export const badId = (prefix = "") =>
  fc.oneof(fc.constant(MISSING), fc.constant(null), unknownId(prefix))
/** An optional id of the right type that names nothing, or one of the wrong type. */
export const unknownId = (prefix = "") =>
  fc.oneof(notString, fc.constantFrom("", " ", prefix, `${prefix}01FUZZNOTHING`, "x".repeat(5000), `${prefix}\u0000`), junkString.filter((s) => s.trim() !== ""))
export const badBool = fc.oneof(fc.constantFrom("true", "false", 1, 0, "yes", null), fc.constant([true]))

/** Lone surrogates cannot be percent-encoded; a replacement character stands in for them. */
const wellFormed = (s: string) => s.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, "\uFFFD")

/** One path segment that names nothing: junk text, encoded, or broken percent-encoding as is. */
export const junkSegment = fc.oneof(
  fc.constantFrom("%00", "a%00b", "%E0%A4%A", "%FF", "%", "%zz", "null", "undefined", "0", "-1", "NaN", "x".repeat(5000), "%27%20OR%201%3D1--", "prod_%00", "%2F", "a%2Fb"),
  junkString.filter((s) => !/^\.{0,2}$/.test(s.trim()) && s.length <= 2000).map((s) => encodeURIComponent(wellFormed(s)))
).filter((s) => !/^(\.|%2e){1,2}$/i.test(s))

/** Query strings: junk keys (bracketed too, so qs builds objects) and junk values. */
export function queryString(pairs: [string, string][]): string {
  return pairs.map(([k, v]) => `${encodeURIComponent(wellFormed(k)).replace(/%5B/g, "[").replace(/%5D/g, "]")}=${encodeURIComponent(wellFormed(v))}`).join("&")
}
const queryValue = junkString.filter((s) => s.length <= 2000)
export function junkQuery(known: string[]): fc.Arbitrary<[string, string][]> {
  const key = fc.oneof(
    fc.constantFrom(...known, "x"),
    fc.constantFrom("__proto__[polluted]", "constructor[prototype][polluted]", "a[b][c]", "a[]", "limit[$gt]", "fields", "expand", "order", "q[]"),
    known.length ? fc.constantFrom(...known).map((k) => `${k}[]`) : fc.constant("z[]"),
    fc.string({ minLength: 1, maxLength: 10 })
  )
  return fc.array(fc.tuple(key, queryValue), { minLength: 1, maxLength: 4 })
}

/** Who calls: a signed-in actor, nobody, or a storefront (the publishable key, no sign-in). */
export type Actor = "admin" | "clerk" | "producer" | "anonymous" | "store"

/** One route and method, with what its "almost valid" cases start from. */
export type RouteSpec = {
  method: "GET" | "POST" | "DELETE"
  /** With the real ids the cases aim at (a record in a state that makes a valid body meaningful). */
  path: string
  /** The real id in `path` that the path fuzz replaces with junk. */
  param?: string
  actor: Actor
  /** A valid body: exactly one field of it is broken per "almost valid" case. */
  body?: Record<string, unknown>
  /** The route's body validator: junk it would accept is skipped (such a body is valid, not junk). */
  schema?: { safeParse(v: unknown): { success: boolean } }
  breakers?: Breakers
  /** The query parameters the route reads, and values of them it must refuse. */
  query?: { known: string[]; breakers?: Breakers }
  /** Bank notifications and Stripe events are signed over the raw body (half the cases are). */
  sign?: "vietqr" | "stripe"
}
