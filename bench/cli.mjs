// What every bench script shares: its flags, the loopback-only rule, and the demo admin's access.

/** `--name value` from the command line, or the fallback. */
export function arg(name, fallback) {
  const i = process.argv.indexOf(`--${name}`)
  return i > 0 ? process.argv[i + 1] : fallback
}

/** Benchmarks load a server hard: they only ever target this machine. */
export function loopbackOnly(base) {
  if (!["localhost", "127.0.0.1", "[::1]"].includes(new URL(base).hostname)) {
    console.error("This benchmark only targets this machine (localhost).")
    process.exit(2)
  }
  return base
}

/** A bearer token of the seeded admin (admin@ocop.test). */
export async function adminToken(base) {
  const res = await fetch(`${base}/auth/user/emailpass`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email: "admin@ocop.test", password: "ocop-demo" }),
  })
  if (!res.ok) throw new Error(`admin login failed: ${res.status}`)
  return (await res.json()).token
}

/** The seeded publishable key, read as the storefront's operator would. */
export async function publishableKey(base, token) {
  if (process.env.MEDUSA_PUBLISHABLE_KEY) return process.env.MEDUSA_PUBLISHABLE_KEY
  const keys = await fetch(`${base}/admin/api-keys?type=publishable`, {
    headers: { authorization: `Bearer ${token ?? (await adminToken(base))}` },
  }).then((r) => r.json())
  return keys.api_keys[0].token
}

/**
 * A JSON call to a server this script needs running: `{ status, body }`. A server that does not
 * answer ends the script with a sentence saying what to start (`what`, e.g. "the backend").
 */
export function jsonClient(base, what) {
  return async function call(path, { method = "GET", token, body } = {}) {
    const res = await fetch(base + path, {
      method,
      headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: body === undefined ? undefined : JSON.stringify(body),
    }).catch((e) => {
      console.error(`${what} at ${base} does not answer (${e.cause?.code ?? e.message}). Start it with npm start.`)
      process.exit(1)
    })
    const text = await res.text()
    return { status: res.status, body: text ? JSON.parse(text) : null }
  }
}
