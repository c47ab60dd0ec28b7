import { beforeAll, describe, expect, it } from "vitest"
import { adminToken, api, publishableKey } from "./api"
import { cartAtShipping, completeCart, startPayment } from "./checkout"

/** E-mails a shopper relies on, read back from the Notification Module through the admin API. */
let key: string
let admin: string

beforeAll(async () => {
  admin = await adminToken()
  key = await publishableKey(admin)
})

/** The notifications sent to an address, waiting for the subscriber (events are asynchronous). */
async function mailTo(to: string, template: string, atLeast = 1, tries = 50) {
  for (let i = 0; i < tries; i++) {
    const { body } = await api(`/admin/notifications?to=${encodeURIComponent(to)}&limit=20`, { token: admin })
    const found = (body.notifications ?? []).filter((n: any) => n.template === template)
    if (found.length >= atLeast) return found
    await new Promise((r) => setTimeout(r, 200))
  }
  return []
}

async function setEmail(cartId: string, email: string) {
  const reply = await api(`/store/carts/${cartId}`, { method: "POST", key, body: { email } })
  expect(reply.status).toBe(200)
}

describe("order confirmation e-mail", () => {
  it("tells a pick-up shopper paying by VietQR the order number, the centre and what to transfer, once", async () => {
    const email = `pickup-${Date.now()}@example.com`
    const cart = await cartAtShipping({ key, region: "Việt Nam", pickupAt: "gốm di sản quốc gia" })
    await setEmail(cart.id, email)
    const { session } = await startPayment(key, cart.id, "pp_vietqr_vietqr")
    const done = await completeCart(key, cart.id)
    expect(done.body.type).toBe("order")
    const order = done.body.order

    const [mail] = await mailTo(email, "order-placed")
    expect(mail).toMatchObject({ channel: "email", resource_id: order.id, resource_type: "order" })
    const text: string = mail.data.text
    expect(mail.data.subject).toContain(`#${order.display_id}`)
    expect(text).toContain(`Mã đơn hàng: #${order.display_id}`)
    expect(text).toContain(`Order number: #${order.display_id}`)
    expect(text).toContain("Thôn 1, xã Bát Tràng") // the Bát Tràng centre's address
    expect(text).toContain(session.data.reference)
    expect(text).toContain(session.data.account.account_number)
    // Guests have no account page to open.
    expect(text).not.toContain("/account/orders/")

    // A second completion of the same cart neither makes a second order nor a second e-mail.
    await completeCart(key, cart.id)
    await new Promise((r) => setTimeout(r, 1000))
    expect(await mailTo(email, "order-placed")).toHaveLength(1)
  })

  it("gives a registered customer the link to the order in their account, and a delivery shopper the address", async () => {
    const email = `member-${Date.now()}@example.com`
    const { body: reg } = await api("/auth/customer/emailpass/register", { method: "POST", body: { email, password: "lotus-pond-2026" } })
    await api("/store/customers", { method: "POST", key, token: reg.token, body: { email, first_name: "Minh", last_name: "Trần" } })
    const { body: auth } = await api("/auth/customer/emailpass", { method: "POST", body: { email, password: "lotus-pond-2026" } })
    const cart = await cartAtShipping({ key, region: "Việt Nam" })
    expect((await api(`/store/carts/${cart.id}/customer`, { method: "POST", key, token: auth.token })).status).toBe(200)
    await startPayment(key, cart.id, "pp_system_default")
    const done = await completeCart(key, cart.id)
    expect(done.body.type).toBe("order")

    const [mail] = await mailTo(email, "order-placed")
    expect(mail.data.text).toContain(`/en/account/orders/${done.body.order.id}`)
    expect(mail.data.text).toContain("12 Hàng Gai")
    expect(mail.data.text).toContain("You pay on delivery.")
  })
})

describe("password reset e-mail", () => {
  it("sends a customer a storefront link whose token sets a new password", async () => {
    const email = `forgetful-${Date.now()}@example.com`
    const { body: reg } = await api("/auth/customer/emailpass/register", { method: "POST", body: { email, password: "first-password-1" } })
    await api("/store/customers", { method: "POST", key, token: reg.token, body: { email, first_name: "Lan", last_name: "Phạm" } })

    const asked = await api("/auth/customer/emailpass/reset-password", { method: "POST", body: { identifier: email } })
    expect(asked.status).toBe(201)
    const [mail] = await mailTo(email, "customer-password-reset")
    const link = new URL(mail.data.link)
    expect(link.pathname).toBe("/vi/account/reset-password")
    expect(link.searchParams.get("email")).toBe(email)

    const token = link.searchParams.get("token")!
    const changed = await api("/auth/customer/emailpass/update", { method: "POST", token, body: { email, password: "second-password-2" } })
    expect(changed.status).toBe(200)
    expect((await api("/auth/customer/emailpass", { method: "POST", body: { email, password: "first-password-1" } })).status).toBe(401)
    expect((await api("/auth/customer/emailpass", { method: "POST", body: { email, password: "second-password-2" } })).status).toBe(200)
  })

  it("sends nothing for an address without an account, and answers the same", async () => {
    const email = `nobody-${Date.now()}@example.com`
    const asked = await api("/auth/customer/emailpass/reset-password", { method: "POST", body: { identifier: email } })
    expect(asked.status).toBe(201)
    await new Promise((r) => setTimeout(r, 1000))
    expect(await mailTo(email, "customer-password-reset", 1, 1)).toHaveLength(0)
  })
})
