import { beforeAll, describe, expect, it } from "vitest"
import { adminToken, api, login } from "./api"

/**
 * Who may call what in the producer area (docs/producer-api.md), and how a producer gets a
 * login: an admin's invitation, accepted with the e-mailed token, then a password reset.
 */
const A = "producer.htx-gom-su-bat-trang@ocop.test"
const B = "producer.htx-lua-van-phuc@ocop.test"

// Every producer route in the contract. Some are built by other parts and may not exist yet:
// Medusa answers 404 for an unknown route only after authentication, so 401 still shows here.
const PRODUCER_ROUTES: [string, string][] = [
  ["GET", "/producer/me"],
  ["GET", "/producer/products"],
  ["GET", "/producer/products/prod_x"],
  ["GET", "/producer/listings"],
  ["GET", "/producer/listings/plst_x"],
  ["POST", "/producer/listings"],
  ["POST", "/producer/listings/plst_x"],
  ["POST", "/producer/listings/plst_x/submit"],
  ["DELETE", "/producer/listings/plst_x"],
  ["POST", "/producer/uploads?kind=image"],
  ["GET", "/producer/stock"],
  ["GET", "/producer/deliveries"],
  ["POST", "/producer/deliveries"],
  ["POST", "/producer/deliveries/pdel_x/cancel"],
  ["GET", "/producer/sales"],
  ["GET", "/producer/statements/2026-12"],
  ["GET", "/producer/statements/2026-12?format=csv"],
]
const STAFF_ROUTES: [string, string][] = [
  ["GET", "/admin/ocop/producers"],
  ["GET", "/admin/orders"],
  ["GET", "/pos/me"],
  ["POST", "/admin/ocop/producers/x/invites"],
  ["GET", "/admin/ocop/producers/x/members"],
]

let tokens: Record<"customer" | "clerk" | "admin" | "producerA" | "producerB", string>
let producerA: { id: string; handle: string }
let producerB: { id: string; handle: string }

/** The notifications sent to an address, waiting for the subscriber (events are asynchronous). */
async function mailTo(to: string, template: string, atLeast = 1, tries = 50) {
  for (let i = 0; i < tries; i++) {
    const { body } = await api(`/admin/notifications?to=${encodeURIComponent(to)}&limit=20`, { token: tokens.admin })
    const found = (body.notifications ?? []).filter((n: any) => n.template === template)
    if (found.length >= atLeast) return found
    await new Promise((r) => setTimeout(r, 200))
  }
  return []
}

const call = (method: string, path: string, token?: string) =>
  api(path, { method, token, body: method === "GET" || method === "DELETE" ? undefined : {} })

async function inviteToken(producerId: string, email: string) {
  const sent = await api(`/admin/ocop/producers/${producerId}/invites`, { method: "POST", token: tokens.admin, body: { email } })
  expect(sent.status).toBe(201)
  // Invitations are kept in lower case, whatever the admin typed.
  const [mail] = await mailTo(email.toLowerCase(), "producer-invite")
  const link = new URL(mail.data.link)
  return { invite: sent.body.invite, link, token: link.searchParams.get("token")! }
}

beforeAll(async () => {
  tokens = {
    customer: await login("customer", "customer@ocop.test"),
    clerk: await login("user", "clerk.bat-trang@ocop.test"),
    admin: await adminToken(),
    producerA: await login("producer", A),
    producerB: await login("producer", B),
  }
  const { body } = await api("/admin/ocop/producers", { token: tokens.admin })
  producerA = body.producers.find((p: any) => p.handle === "htx-gom-su-bat-trang")
  producerB = body.producers.find((p: any) => p.handle === "htx-lua-van-phuc")
})

describe("the producer area's security matrix", () => {
  it.each(["anonymous", "customer", "clerk", "admin"] as const)("answers %s 401 on every producer route", async (actor) => {
    const token = actor === "anonymous" ? undefined : tokens[actor]
    for (const [method, path] of PRODUCER_ROUTES) {
      const { status } = await call(method, path, token)
      expect.soft(status, `${actor} ${method} ${path}`).toBe(401)
    }
  })

  it.each(["producerA", "producerB"] as const)("answers %s 401 on the admin API and the till", async (actor) => {
    for (const [method, path] of STAFF_ROUTES) {
      const { status } = await call(method, path.replace("/x/", `/${producerA.id}/`), tokens[actor])
      expect.soft(status, `${actor} ${method} ${path}`).toBe(401)
    }
  })

  it("shows each producer its own producer on /producer/me", async () => {
    const a = await api("/producer/me", { token: tokens.producerA })
    expect(a.status).toBe(200)
    expect(a.body.producer).toMatchObject({ id: producerA.id, handle: "htx-gom-su-bat-trang" })
    expect(a.body.login.email).toBe(A)
    const b = await api("/producer/me", { token: tokens.producerB })
    expect(b.status).toBe(200)
    expect(b.body.producer).toMatchObject({ id: producerB.id, handle: "htx-lua-van-phuc" })
    expect(b.body.login.email).toBe(B)
  })

  it("keeps invitations and members to the admin: a clerk is refused, others are not signed in", async () => {
    const path = `/admin/ocop/producers/${producerA.id}/invites`
    expect((await api(path, { method: "POST", body: { email: "x@example.com" } })).status).toBe(401)
    expect((await api(path, { method: "POST", token: tokens.customer, body: { email: "x@example.com" } })).status).toBe(401)
    expect((await api(path, { method: "POST", token: tokens.clerk, body: { email: "x@example.com" } })).status).toBe(403)
  })
})

describe("producer invitations", () => {
  it("e-mails a link whose token makes a login for that producer, once", async () => {
    const email = `Potter-${Date.now()}@Example.com`
    const { invite, link, token } = await inviteToken(producerA.id, email)
    expect(invite).toEqual({ id: expect.any(String), email: email.toLowerCase(), expires_at: expect.any(String) })
    const days = (new Date(invite.expires_at).getTime() - Date.now()) / 86_400_000
    expect(days).toBeGreaterThan(6.9)
    expect(days).toBeLessThanOrEqual(7)
    expect(link.pathname).toBe("/vi/producer/accept-invite")
    expect(token.length).toBeGreaterThanOrEqual(40)

    const before = await api(`/admin/ocop/producers/${producerA.id}/members`, { token: tokens.admin })
    expect(before.body.members.map((m: any) => m.email)).toContain(A)
    expect(before.body.invites[0]).toEqual({ id: invite.id, email: email.toLowerCase(), expires_at: invite.expires_at, accepted_at: null })

    expect((await api("/producer-invites/accept", { method: "POST", body: { token, password: "short" } })).status).toBe(400)
    const accepted = await api("/producer-invites/accept", { method: "POST", body: { token, password: "bat-trang-kiln-9" } })
    expect(accepted.status).toBe(201)
    expect(accepted.body).toEqual({ email: email.toLowerCase() })

    const producerToken = await login("producer", email.toLowerCase(), "bat-trang-kiln-9")
    const me = await api("/producer/me", { token: producerToken })
    expect(me.status).toBe(200)
    expect(me.body.producer.id).toBe(producerA.id)
    expect(me.body.login.email).toBe(email.toLowerCase())

    const again = await api("/producer-invites/accept", { method: "POST", body: { token, password: "another-pass-1" } })
    expect(again.status).toBe(400)
    expect(again.body).toMatchObject({ code: "invite_invalid", message: expect.stringContaining("Lời mời") })
    const english = await api("/producer-invites/accept?locale=en", { method: "POST", body: { token, password: "another-pass-1" } })
    expect(english.body.message).toContain("invitation")
    const unknown = await api("/producer-invites/accept", { method: "POST", body: { token: "not-a-token", password: "another-pass-1" } })
    expect(unknown.body.code).toBe("invite_invalid")

    const after = await api(`/admin/ocop/producers/${producerA.id}/members`, { token: tokens.admin })
    expect(after.body.members).toContainEqual({ email: email.toLowerCase(), joined_at: expect.any(String) })
    expect(after.body.invites[0].accepted_at).toEqual(expect.any(String))
    // Producer B's members are its own.
    const other = await api(`/admin/ocop/producers/${producerB.id}/members`, { token: tokens.admin })
    expect(other.body.members.map((m: any) => m.email)).toEqual([B])
  })

  it("refuses an address that is already a producer's login, when inviting and when accepting", async () => {
    const taken = await api(`/admin/ocop/producers/${producerA.id}/invites`, { method: "POST", token: tokens.admin, body: { email: B } })
    expect(taken.status).toBe(409)
    expect(taken.body.code).toBe("login_exists")

    // Two invitations to one address: the second, accepted later, finds the login made.
    const email = `twice-${Date.now()}@example.com`
    const first = await inviteToken(producerB.id, email)
    const sent = await api(`/admin/ocop/producers/${producerB.id}/invites`, { method: "POST", token: tokens.admin, body: { email } })
    expect(sent.status).toBe(201)
    const mails = await mailTo(email, "producer-invite", 2)
    const second = new URL(mails.find((m: any) => m.resource_id === sent.body.invite.id).data.link).searchParams.get("token")!
    expect((await api("/producer-invites/accept", { method: "POST", body: { token: first.token, password: "van-phuc-silk-1" } })).status).toBe(201)
    const refused = await api("/producer-invites/accept", { method: "POST", body: { token: second, password: "van-phuc-silk-2" } })
    expect(refused.status).toBe(409)
    expect(refused.body.code).toBe("login_exists")
    // Nothing changed: the first password still signs in, and the refused invitation is unused.
    await login("producer", email, "van-phuc-silk-1")
    const { body } = await api(`/admin/ocop/producers/${producerB.id}/members`, { token: tokens.admin })
    expect(body.invites.find((i: any) => i.id === sent.body.invite.id).accepted_at).toBeNull()
  })

  it("refuses an address that already signs in as a customer: its login is not taken over", async () => {
    const { token } = await inviteToken(producerB.id, "customer@ocop.test")
    const refused = await api("/producer-invites/accept?locale=en", { method: "POST", body: { token, password: "someone-else-1" } })
    expect(refused.status).toBe(409)
    expect(refused.body).toMatchObject({ code: "login_exists", message: expect.stringContaining("already has a login") })
    await login("customer", "customer@ocop.test")
  })

  it("answers 404 for an unknown producer", async () => {
    const sent = await api("/admin/ocop/producers/prod_nobody/invites", { method: "POST", token: tokens.admin, body: { email: "x@example.com" } })
    expect(sent.status).toBe(404)
    expect((await api("/admin/ocop/producers/prod_nobody/members", { token: tokens.admin })).status).toBe(404)
  })
})

describe("producer password reset", () => {
  it("e-mails a producer area link whose token sets a new password", async () => {
    const email = `reset-${Date.now()}@example.com`
    const { token: inviteToken_ } = await inviteToken(producerA.id, email)
    await api("/producer-invites/accept", { method: "POST", body: { token: inviteToken_, password: "first-password-1" } })

    const asked = await api("/auth/producer/emailpass/reset-password", { method: "POST", body: { identifier: email } })
    expect(asked.status).toBe(201)
    const [mail] = await mailTo(email, "producer-password-reset")
    const link = new URL(mail.data.link)
    expect(link.pathname).toBe("/vi/producer/reset-password")
    expect(link.searchParams.get("email")).toBe(email)

    const token = link.searchParams.get("token")!
    const changed = await api("/auth/producer/emailpass/update", { method: "POST", token, body: { email, password: "second-password-2" } })
    expect(changed.status).toBe(200)
    expect((await api("/auth/producer/emailpass", { method: "POST", body: { email, password: "first-password-1" } })).status).toBe(401)
    const fresh = await login("producer", email, "second-password-2")
    expect((await api("/producer/me", { token: fresh })).body.producer.id).toBe(producerA.id)
  })
})
