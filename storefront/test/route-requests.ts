import { setupServer } from "msw/node"
import { afterAll, afterEach, beforeAll } from "vitest"
import { sessions } from "../app/lib/session.server"
import { medusa, medusaHandlers } from "./mocks/medusa"

/**
 * Calling a route's loader or action the way React Router does: a Request with the browser's
 * cookies, and the route's params. Cookies come from the app's own cookie objects, so a test
 * goes through the same signing and parsing as a visitor.
 */
export const SHOP = "http://shop.test"

/** msw with the Medusa fake for one test file; every request it does not know fails the test. */
export function useMedusa() {
  const server = setupServer(...medusaHandlers)
  beforeAll(() => server.listen({ onUnhandledRequest: "error" }))
  afterEach(() => {
    server.resetHandlers()
    medusa.reset()
  })
  afterAll(() => server.close())
  return server
}

/** The Cookie header a browser would send back for these Set-Cookie values. */
export function cookieHeader(...setCookies: string[]): string {
  return setCookies.map((c) => c.split(";")[0]).join("; ")
}

/** The Cookie header of a shopper signed in as this customer, with a token the fake accepts. */
export async function signedIn(customer: { id: string; email: string }): Promise<string> {
  const session = await sessions.getSession()
  session.set("token", medusa.tokenFor(customer))
  session.set("customer_id", customer.id)
  return cookieHeader(await sessions.commitSession(session))
}

export function get(path: string, cookie = "") {
  return new Request(`${SHOP}${path}`, { headers: cookie ? { cookie } : {} })
}

export function post(path: string, fields: Record<string, string | number>, cookie = "") {
  const body = new URLSearchParams(Object.entries(fields).map(([k, v]) => [k, String(v)]))
  return new Request(`${SHOP}${path}`, { method: "POST", body, headers: cookie ? { cookie } : {} })
}

/** The route's arguments (cast like search.test.ts: the generated Route.*Args types want more). */
export function args(request: Request, params: Record<string, string>) {
  return { request, params, context: {} } as any
}

type Answer = Response | { data: unknown; init: ResponseInit | null } | unknown

/** What a loader or action answered, whether a Response, data(...) or a plain object. */
export function status(answer: Answer): number {
  if (answer instanceof Response) return answer.status
  const init = (answer as { init?: ResponseInit | null })?.init
  return init?.status ?? 200
}

export function body(answer: Answer): any {
  if (answer && typeof answer === "object" && "data" in answer && "init" in answer) return answer.data
  return answer
}

export function setCookies(answer: Answer): string[] {
  if (answer instanceof Response) return answer.headers.getSetCookie()
  const init = (answer as { init?: ResponseInit | null })?.init
  return new Headers(init?.headers ?? {}).getSetCookie()
}

/** The thrown value of a loader or action (redirects and 404s are thrown). */
export async function thrown(call: Promise<unknown>): Promise<any> {
  try {
    await call
  } catch (error) {
    return error
  }
  throw new Error("Expected the call to throw, and it answered.")
}

/** The Cookie header of a producer signed in with this login (producer-records), with a token the fake accepts. */
export async function producerSignedIn(login: { email: string; producer_id: string | null }): Promise<string> {
  const { producerSessions } = await import("../app/lib/producer-session.server")
  const token = `ptok_test_${medusa.next++}`
  medusa.producer.tokens.set(token, { email: login.email, producer_id: login.producer_id })
  const session = await producerSessions.getSession()
  session.set("token", token)
  session.set("producer", "HTX Gốm Bát Tràng")
  return cookieHeader(await producerSessions.commitSession(session))
}

/** A multipart POST, as the browser sends a form with files. */
export function postForm(path: string, form: FormData, cookie = "") {
  return new Request(`${SHOP}${path}`, { method: "POST", body: form, headers: cookie ? { cookie } : {} })
}
