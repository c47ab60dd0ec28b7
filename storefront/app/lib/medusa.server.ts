import Medusa from "@medusajs/js-sdk"
import type { Locale } from "./locale"

/**
 * The backend, through Medusa's JS SDK, from the server only: the browser never talks to the
 * backend directly, so the publishable key and the cart id stay on our side.
 */
export const baseUrl = process.env.MEDUSA_BACKEND_URL || "http://localhost:9000"
const publishableKey = process.env.MEDUSA_PUBLISHABLE_KEY || ""

// "nostore": one SDK serves every visitor, so it must never keep a shopper's token itself; a
// logged-in shopper's token travels in their own session cookie and is passed per call.
export const sdk = new Medusa({ baseUrl, publishableKey, debug: false, auth: { type: "jwt", jwtTokenStorageMethod: "nostore" } })

export const bearer = (token: string) => ({ authorization: `Bearer ${token}` })

/** GET a store route with the shop's key and the page's language. */
export function storeGet<T>(path: string, locale: Locale, query: Record<string, unknown> = {}, headers?: Record<string, string>) {
  return sdk.client.fetch<T>(path, { method: "GET", query: { ...query, locale }, headers })
}

export type StoreAnswer<T> = { ok: true; status: number; body: T } | { ok: false; status: number; body: { message?: string; code?: string; sentence?: string } }

/**
 * A store POST whose refusal we need whole. The SDK's FetchError keeps only `message` (for
 * developers); the backend puts the shopper's sentence in `sentence`, in the page's language.
 */
export async function storePost<T>(path: string, locale: Locale, body?: unknown): Promise<StoreAnswer<T>> {
  const res = await fetch(`${baseUrl}${path}?locale=${locale}`, {
    method: "POST",
    headers: { "x-publishable-api-key": publishableKey, "content-type": "application/json", accept: "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  const parsed = await res.json().catch(() => ({}))
  return res.ok ? { ok: true, status: res.status, body: parsed as T } : { ok: false, status: res.status, body: parsed }
}
