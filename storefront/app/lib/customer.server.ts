import { FetchError } from "@medusajs/js-sdk"
import { redirect } from "react-router"
import { cartCookie, cartIdFrom } from "./cart.server"
import type { Locale } from "./locale"
import { baseUrl, bearer, sdk } from "./medusa.server"
import { retryAfterOf, TooManySignIns } from "./sign-in-limit.server"
import { backend } from "./catalogue.server"
import { customerToken, sessions } from "./session.server"

type Credentials = { email: string; password: string }

/**
 * Medusa's e-mail/password login for customers; null when the pair is wrong, TooManySignIns when
 * the backend's rate limit refuses to check it. Plain fetch: the SDK's error keeps no Retry-After.
 */
export async function logIn({ email, password }: Credentials): Promise<string | null> {
  const res = await fetch(`${baseUrl}/auth/customer/emailpass`, {
    method: "POST",
    headers: { "content-type": "application/json", accept: "application/json" },
    body: JSON.stringify({ email, password }),
  })
  if (res.status === 401) return null
  if (res.status === 429) throw new TooManySignIns(retryAfterOf(res))
  const body = (await res.json().catch(() => ({}))) as { token?: string; message?: string }
  if (!res.ok || !body.token) throw new FetchError(body.message ?? res.statusText, res.statusText, res.status)
  return body.token
}

/** A new identity, then its customer record; returns a logged-in token. Null: e-mail taken. */
export async function register(input: Credentials & { first_name: string; last_name: string }): Promise<string | null> {
  let registration: string
  try {
    ;({ token: registration } = await sdk.client.fetch<{ token: string }>("/auth/customer/emailpass/register", {
      method: "POST",
      body: { email: input.email, password: input.password },
    }))
  } catch (error) {
    if ((error as { status?: number }).status === 401 || (error as { status?: number }).status === 400) return null
    throw error
  }
  await sdk.client.fetch("/store/customers", {
    method: "POST",
    headers: bearer(registration),
    body: { email: input.email, first_name: input.first_name, last_name: input.last_name },
  })
  return logIn(input)
}

/** Starts a signed-in session, and gives the open cart to the shopper so its order is theirs. */
export async function startSession(request: Request, token: string, to: string) {
  const session = await sessions.getSession(request.headers.get("cookie"))
  const { customer } = await sdk.client.fetch<{ customer: { id: string } }>("/store/customers/me", { headers: bearer(token) })
  session.set("token", token)
  session.set("customer_id", customer.id)
  const cartId = await cartIdFrom(request)
  if (cartId) await sdk.client.fetch(`/store/carts/${cartId}/customer`, { method: "POST", headers: bearer(token) }).catch(() => undefined)
  return redirect(to, { headers: { "set-cookie": await sessions.commitSession(session) } })
}

/**
 * Ends the session and forgets the cart: once logged in, the cart is the shopper's (their e-mail,
 * address, account), so the next person at this browser must not see it or order into it.
 */
export async function endSession(request: Request, to: string) {
  const session = await sessions.getSession(request.headers.get("cookie"))
  const headers = new Headers()
  headers.append("set-cookie", await sessions.destroySession(session))
  headers.append("set-cookie", await cartCookie.serialize("", { maxAge: 0 }))
  return redirect(to, { headers })
}

/** The signed-in shopper's token, or a redirect to the login page that comes back here. */
export async function requireCustomer(request: Request, locale: Locale): Promise<string> {
  const token = await customerToken(request)
  if (token) {
    // A token the backend no longer accepts (expired) is a login; a backend that does not
    // answer is the 503 page, not a login the shopper cannot get past.
    const ok = await backend(sdk.client.fetch("/store/customers/me", { headers: bearer(token) })).then(
      () => true,
      (error) => {
        if ((error as { status?: number }).status === 401) return false
        throw error
      }
    )
    if (ok) return token
  }
  const back = new URL(request.url)
  throw redirect(`/${locale}/account/login?next=${encodeURIComponent(back.pathname + back.search)}`)
}

/** Only paths on this site: a `next` parameter must not send a shopper elsewhere. */
export function safeNext(next: string | null, locale: Locale): string {
  return next && next.startsWith(`/${locale}/`) && !next.startsWith("//") ? next : `/${locale}/account`
}
