import { createHmac } from "node:crypto"
import jsQR from "jsqr"
import { PNG } from "pngjs"
import { beforeAll, describe, expect, inject, it } from "vitest"
import { PAYMENT_ENV } from "../setup/payment-env"
import { adminToken, api, publishableKey } from "./api"
import { cartAtShipping, completeCart, startPayment } from "./checkout"

/** VietQR bank transfer and pay-at-pickup: the code, who it pays, and how the money is confirmed. */
const VIETQR = "pp_vietqr_vietqr"
const BAT_TRANG = "gốm di sản quốc gia" // part of the Bát Tràng centre's name, which has its own account
const HA_THAI = "sơn mài Hạ Thái" // a centre with no account of its own
let key: string
let admin: string

beforeAll(async () => {
  admin = await adminToken()
  key = await publishableKey(admin)
})

/** Reads the QR image back, and the payload's fields, without the library that wrote them. */
function readCode(image: string) {
  const png = PNG.sync.read(Buffer.from(image.split(",")[1]!, "base64"))
  return jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data
}
function tlv(text: string) {
  const out = new Map<string, string>()
  for (let i = 0; i < text.length; ) {
    const n = Number(text.slice(i + 2, i + 4))
    out.set(text.slice(i, i + 2), text.slice(i + 4, i + 4 + n))
    i += 4 + n
  }
  return out
}

async function notifyBank(notice: Record<string, unknown>, secret = PAYMENT_ENV.OCOP_VIETQR_WEBHOOK_SECRET) {
  const body = JSON.stringify(notice)
  const res = await fetch(`${inject("baseUrl")}/hooks/ocop/vietqr`, {
    method: "POST",
    headers: { "content-type": "application/json", "x-ocop-signature": `sha256=${createHmac("sha256", secret).update(body).digest("hex")}` },
    body,
  })
  return { status: res.status, body: await res.json() }
}

async function paymentOf(orderId: string) {
  const { body } = await api(`/admin/orders/${orderId}?fields=payment_status,*payment_collections.payments.captures`, { token: admin })
  const payment = body.order.payment_collections.flatMap((c: any) => c.payments)[0]
  return { status: body.order.payment_status as string, payment, captured: payment.captures.reduce((s: number, c: any) => s + Number(c.amount), 0) }
}

async function placedVietQrOrder(pickupAt = BAT_TRANG) {
  const cart = await cartAtShipping({ key, region: "Việt Nam", pickupAt })
  const { session } = await startPayment(key, cart.id, VIETQR)
  const done = await completeCart(key, cart.id)
  expect(done.body.type, JSON.stringify(done.body)).toBe("order")
  return { cart, session, order: done.body.order }
}

describe("VietQR bank transfer", () => {
  it("shows a code for the cart total that pays the pick-up centre's own account, whatever the shopper sends", async () => {
    const cart = await cartAtShipping({ key, region: "Việt Nam", pickupAt: BAT_TRANG })
    const attacker = { account: { bin: "970422", account_number: "999999999", account_name: "NOT THE CENTRE" } }
    const { status, session } = await startPayment(key, cart.id, VIETQR, attacker)
    expect(status).toBe(200)

    const { status: got, body } = await api(`/store/ocop/vietqr/${session.id}`, { key })
    expect(got).toBe(200)
    const qr = body.vietqr
    expect(qr).toMatchObject({ status: "awaiting_transfer", amount: cart.total, currency_code: "vnd", account_number: "1500201088888" })
    expect(qr.bank).toMatchObject({ bin: "970405", short_name: "Agribank" })
    expect(qr.reference).toMatch(/^OCOP[0-9A-Z]{10}$/)

    const payload = readCode(qr.image)
    expect(payload).toBe(qr.payload)
    const fields = tlv(payload!)
    const beneficiary = tlv(tlv(fields.get("38")!).get("01")!)
    expect(beneficiary.get("00")).toBe("970405")
    expect(beneficiary.get("01")).toBe("1500201088888")
    expect(fields.get("54")).toBe(String(cart.total))
    expect(fields.get("53")).toBe("704")
    expect(tlv(fields.get("62")!).get("08")).toBe(qr.reference)
  })

  it("pays the shop's default account when the centre has none of its own", async () => {
    const cart = await cartAtShipping({ key, region: "Việt Nam", pickupAt: HA_THAI })
    const { session } = await startPayment(key, cart.id, VIETQR)
    const { body } = await api(`/store/ocop/vietqr/${session.id}`, { key })
    expect(body.vietqr.account_number).toBe("0011000000001")
  })

  it("answers 404 in words for an unknown session", async () => {
    const { status, body } = await api(`/store/ocop/vietqr/payses_nope`, { key })
    expect(status).toBe(404)
    expect(body.message).toMatch(/No VietQR payment/)
  })

  it("places the order awaiting the transfer; a signed bank notification confirms it once, however often it comes", async () => {
    const { session, order } = await placedVietQrOrder()
    expect((await paymentOf(order.id)).status).toBe("authorized")
    const { body } = await api(`/store/ocop/vietqr/${session.id}`, { key })
    const notice = { id: `FT${Date.now()}`, amount: order.total, description: `MBVCB.123.${body.vietqr.reference.toLowerCase()} chuyen tien` }

    const forged = await notifyBank(notice, "guessed-secret")
    expect(forged.status).toBe(401)
    expect((await paymentOf(order.id)).captured).toBe(0)

    const first = await notifyBank(notice)
    expect(first.status).toBe(200)
    expect(first.body).toMatchObject({ matched: true, duplicate: false, captured: order.total })
    const replays = await Promise.all(Array.from({ length: 9 }, () => notifyBank(notice)))
    expect(replays.every((r) => r.status === 200 && r.body.duplicate)).toBe(true)

    const paid = await paymentOf(order.id)
    expect(paid.status).toBe("captured")
    expect(paid.payment.captures).toHaveLength(1)
    expect((await api(`/store/ocop/vietqr/${session.id}`, { key })).body.vietqr).toMatchObject({ status: "received", image: null })
  })

  it("refuses a malformed notification with a 400 naming the field", async () => {
    const bad = await notifyBank({ id: "FT1", amount: -5, description: "x" })
    expect(bad.status).toBe(400)
    expect(bad.body.message).toMatch(/amount/)
  })

  it("says so, and changes nothing, when a transfer matches no order", async () => {
    const reply = await notifyBank({ id: `FT${Date.now()}x`, amount: 100000, description: "tien hang" })
    expect(reply.status).toBe(200)
    expect(reply.body.matched).toBe(false)
  })

  it("lets staff confirm receipt from the admin (Medusa's capture)", async () => {
    const { session, order } = await placedVietQrOrder(HA_THAI)
    const { payment } = await paymentOf(order.id)
    const captured = await api(`/admin/payments/${payment.id}/capture`, { method: "POST", token: admin, body: {} })
    expect(captured.status).toBe(200)
    expect((await paymentOf(order.id)).status).toBe("captured")
    expect((await api(`/store/ocop/vietqr/${session.id}`, { key })).body.vietqr.status).toBe("received")
  })

  it("is not offered for a cart in US dollars", async () => {
    const cart = await cartAtShipping({ key, region: "International" })
    const { status, body } = await startPayment(key, cart.id, VIETQR)
    expect(status).toBeGreaterThanOrEqual(400)
    expect(status).toBeLessThan(500)
    expect(body.message).toBeTruthy()
  })
})

describe("pay at pick-up", () => {
  it("places a Vietnam order with Medusa's system provider and no keys of any kind", async () => {
    const cart = await cartAtShipping({ key, region: "Việt Nam", pickupAt: HA_THAI })
    const { status } = await startPayment(key, cart.id, "pp_system_default")
    expect(status).toBe(200)
    const done = await completeCart(key, cart.id)
    expect(done.body.type, JSON.stringify(done.body)).toBe("order")
  })
})

describe("centre bank accounts", () => {
  it("refuses an unknown bank with a 400 naming the field, and keeps the old account", async () => {
    const { body: list } = await api("/admin/ocop/centres", { token: admin })
    const centre = list.centres.find((c: any) => c.handle === "bat-trang")
    const reply = await api(`/admin/ocop/centres/${centre.id}`, { method: "POST", token: admin, body: { bank_bin: "123456" } })
    expect(reply.status).toBe(400)
    expect(reply.body.message).toMatch(/^bank_bin must be/)
    const { body } = await api(`/admin/ocop/centres/${centre.id}`, { token: admin })
    expect(body.centre.bank_bin).toBe("970405")
  })
})
