import { createCookieSessionStorage } from "react-router"

/**
 * The signed-in shopper's Medusa token, in a signed httpOnly cookie. The secret comes from
 * OCOP_SESSION_SECRET (npm start makes one per data folder); a production build refuses to run
 * without it, so a demo secret never signs real sessions.
 */
export function sessionSecret(): string {
  const configured = process.env.OCOP_SESSION_SECRET
  if (configured) return configured
  if (process.env.NODE_ENV === "production" && process.env.OCOP_ALLOW_DEMO_SECRET !== "true") {
    throw new Error("Set OCOP_SESSION_SECRET (a long random string) to sign shoppers' sessions.")
  }
  return "ocop-demo-session-secret-not-for-production"
}

/** The cookie settings every signed-in session uses (a shopper's, a producer's): only its name differs. */
export function sessionCookie(name: string) {
  return {
    name,
    httpOnly: true,
    sameSite: "lax" as const,
    secure: process.env.NODE_ENV === "production",
    path: "/",
    maxAge: 60 * 60 * 24 * 7,
    secrets: [sessionSecret()],
  }
}

export const sessions = createCookieSessionStorage<{ token: string; customer_id: string }>({ cookie: sessionCookie("ocop_session") })

export async function customerToken(request: Request): Promise<string | null> {
  const session = await sessions.getSession(request.headers.get("cookie"))
  return session.get("token") ?? null
}
