import { inject } from "vitest"

/** A tiny HTTP client for the test backend: real requests, JSON in and out. */
export type Reply<T = any> = { status: number; body: T }

export async function api<T = any>(
  path: string,
  opts: { method?: string; body?: unknown; token?: string; key?: string | null } = {}
): Promise<Reply<T>> {
  const headers: Record<string, string> = { "content-type": "application/json" }
  if (opts.token) headers.authorization = `Bearer ${opts.token}`
  if (opts.key) headers["x-publishable-api-key"] = opts.key
  const res = await fetch(`${inject("baseUrl")}${path}`, {
    method: opts.method ?? "GET",
    headers,
    body: opts.body === undefined ? undefined : JSON.stringify(opts.body),
  })
  const text = await res.text()
  // A few Medusa routes answer plain text (the password reset request answers "Created").
  const json = res.headers.get("content-type")?.includes("json")
  return { status: res.status, body: text ? (json ? JSON.parse(text) : text) : undefined }
}

export async function login(actor: "user" | "customer" | "producer", email: string, password = "ocop-demo") {
  const { status, body } = await api(`/auth/${actor}/emailpass`, { method: "POST", body: { email, password } })
  if (status !== 200) throw new Error(`login ${actor} ${email} failed: ${status} ${JSON.stringify(body)}`)
  return body.token as string
}

export const adminToken = () => login("user", "admin@ocop.test")

/** The seeded publishable key, read through the admin API like a storefront's operator would. */
export async function publishableKey(token: string) {
  const { body } = await api("/admin/api-keys?type=publishable", { token })
  return body.api_keys[0].token as string
}

export const store = (key: string) => <T = any>(path: string) => api<T>(path, { key })
