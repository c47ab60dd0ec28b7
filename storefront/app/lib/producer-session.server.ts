import { createCookieSessionStorage } from "react-router"
import { sessionCookie } from "./session.server"

/**
 * A producer's Medusa token, in its own signed httpOnly cookie: a shopper and a producer can be
 * signed in at the same browser (a cooperative's owner buys gifts too), and logging one out must
 * not log out the other. Same secret as the shoppers' sessions.
 */
export const producerSessions = createCookieSessionStorage<{ token: string; producer: string }>({ cookie: sessionCookie("ocop_producer") })

export async function producerToken(request: Request): Promise<string | null> {
  const session = await producerSessions.getSession(request.headers.get("cookie"))
  return session.get("token") ?? null
}
