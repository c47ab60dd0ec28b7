import { data, redirect } from "react-router"
import { translator } from "./messages.server"
import { isLocale, type Locale } from "./locale"
import { baseUrl, bearer } from "./medusa.server"
import { producerSessions, producerToken } from "./producer-session.server"
import { retryAfterOf, tooManySentence } from "./sign-in-limit.server"

/**
 * The producer API (docs/producer-api.md) from loaders and actions. Plain fetch rather than the
 * SDK: uploads are multipart, statements are streamed as they come, and a refusal's `message` is
 * already the producer's sentence in the page's language (`?locale=`), which we keep whole.
 */

export type Refused = { status: number; code: string | null; message: string }

/** A refusal of the backend other than 401: its sentence goes on the page. */
export class ProducerRefusal extends Error {
  constructor(readonly refused: Refused) {
    super(refused.message)
  }
}

export const localeOf = (lang: string | undefined): Locale => (isLocale(lang) ? lang : "vi")

/** The login page, coming back to where the producer was, and forgetting a token the backend refused. */
async function toLogin(request: Request, locale: Locale, forget: boolean) {
  const here = new URL(request.url)
  const headers = new Headers()
  if (forget) headers.append("set-cookie", await producerSessions.destroySession(await producerSessions.getSession(request.headers.get("cookie"))))
  return redirect(`/${locale}/producer/login?next=${encodeURIComponent(here.pathname + here.search)}`, { headers })
}

/** The signed-in producer's token, or a redirect to the producer login page. */
export async function requireProducer(request: Request, locale: Locale): Promise<string> {
  const token = await producerToken(request)
  if (!token) throw await toLogin(request, locale, false)
  return token
}

type Call = { method?: "GET" | "POST" | "DELETE"; body?: unknown; query?: Record<string, string>; token?: string | null; loginOn401?: boolean }

/**
 * One call to the backend. Answers the Response when it is ok; a 401 on a signed-in call throws
 * the redirect to the login page; other refusals throw a ProducerRefusal, and so does no answer at
 * all (503, with our sentence), so a form can say it above itself rather than lose the page.
 */
export async function producerFetch(request: Request, locale: Locale, path: string, call: Call = {}): Promise<Response> {
  const url = new URL(`${baseUrl}${path}`)
  for (const [k, v] of Object.entries({ ...call.query, locale })) url.searchParams.set(k, v)
  const headers: Record<string, string> = { accept: "application/json", ...(call.token ? bearer(call.token) : {}) }
  let body: BodyInit | undefined
  if (call.body instanceof FormData) body = call.body // fetch writes the multipart boundary itself
  else if (call.body !== undefined) {
    headers["content-type"] = "application/json"
    body = JSON.stringify(call.body)
  }
  let res: Response
  try {
    res = await fetch(url, { method: call.method ?? "GET", headers, body })
  } catch (error) {
    console.error("Producer API did not answer:", error)
    throw new ProducerRefusal({ status: 503, code: "unreachable", message: translator(locale)("error.backend") })
  }
  if (res.ok) return res
  if (res.status === 401 && call.token && call.loginOn401 !== false) throw await toLogin(request, locale, true)
  // The backend's login rate limit (only sign-in answers 429): say when to try again.
  if (res.status === 429) throw new ProducerRefusal({ status: 429, code: "too_many_attempts", message: tooManySentence(translator(locale), retryAfterOf(res)) })
  const parsed = (await res.json().catch(() => ({}))) as { code?: string; type?: string; message?: string }
  // Medusa's own messages (not the producer routes') are for developers: those get our sentence.
  const sentence = parsed.code && parsed.message ? parsed.message : translator(locale)("producer.refused")
  throw new ProducerRefusal({ status: res.status, code: parsed.code ?? parsed.type ?? null, message: sentence })
}

/** JSON of a signed-in call. */
export async function producerJson<T>(request: Request, locale: Locale, path: string, call: Omit<Call, "token"> = {}): Promise<T> {
  const token = await requireProducer(request, locale)
  return (await producerFetch(request, locale, path, { ...call, token })).json() as Promise<T>
}

/** For loaders: a refusal becomes the page's error, with the backend's sentence. */
export async function producerLoad<T>(request: Request, locale: Locale, path: string, query?: Record<string, string>): Promise<T> {
  try {
    return await producerJson<T>(request, locale, path, { query })
  } catch (error) {
    if (error instanceof ProducerRefusal) throw data({ message: error.refused.message }, { status: error.refused.status })
    throw error
  }
}

/** For actions: the refusal's sentence, or rethrows what is not a refusal (redirects, 503). */
export function refusalOf(error: unknown): Refused {
  if (error instanceof ProducerRefusal) return error.refused
  throw error
}

/** Medusa's emailpass login for producers; null when the pair is wrong or is not a producer's. */
export async function logInProducer(request: Request, locale: Locale, email: string, password: string) {
  try {
    const res = await producerFetch(request, locale, "/auth/producer/emailpass", { method: "POST", body: { email, password } })
    const { token } = (await res.json()) as { token?: string }
    if (!token) return null
    // A login that belongs to no producer gets a token, and 401 on every producer route: check now.
    const me = await producerFetch(request, locale, "/producer/me", { token, loginOn401: false })
    const { producer } = (await me.json()) as { producer: { legal_name: string } }
    return { token, name: producer.legal_name }
  } catch (error) {
    if (error instanceof ProducerRefusal && (error.refused.status === 401 || error.refused.status === 400)) return null
    throw error
  }
}

export async function startProducerSession(request: Request, login: { token: string; name: string }, to: string) {
  const session = await producerSessions.getSession(request.headers.get("cookie"))
  session.set("token", login.token)
  session.set("producer", login.name)
  return redirect(to, { headers: { "set-cookie": await producerSessions.commitSession(session) } })
}

export async function endProducerSession(request: Request, to: string) {
  const session = await producerSessions.getSession(request.headers.get("cookie"))
  return redirect(to, { headers: { "set-cookie": await producerSessions.destroySession(session) } })
}

/** Only pages of the producer area, in this language. */
export function producerNext(next: string | null, locale: Locale): string {
  return next && next.startsWith(`/${locale}/producer`) && !next.startsWith("//") ? next : `/${locale}/producer`
}

/** The producer's name for the page header, from the cookie (no backend call). */
export async function producerName(request: Request): Promise<string | null> {
  return (await producerSessions.getSession(request.headers.get("cookie"))).get("producer") ?? null
}
