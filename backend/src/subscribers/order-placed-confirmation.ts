import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { BigNumber, ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { VIETQR_PROVIDER_ID } from "../config/payments"
import { linkRows, LINKS } from "../lib/link-rows"
import { orderConfirmationEmail, type ConfirmationOrder } from "../lib/notifications/order-confirmation"
import { receivingBank } from "../modules/ocop/lib/bank-account"
import type { VietQrData } from "../providers/payment-vietqr/data"

type Query = { graph: (config: any) => Promise<{ data: any[] }> }
const num = (v: unknown) => (v == null ? 0 : new BigNumber(v as any).numeric)

/**
 * Every placed order e-mails its shopper a confirmation through the Notification Module (the
 * local provider logs it; a real one sends it). The idempotency key makes a redelivered event,
 * or a second server handling it, send nothing more.
 */
export default async function orderPlacedConfirmation({ event, container }: SubscriberArgs<{ id: string }>) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY) as Query
  const order = await readOrder(query, event.data.id)
  if (!order?.email) return
  const storefront = process.env.STOREFRONT_URL || `http://localhost:${process.env.OCOP_STOREFRONT_PORT || 3000}`
  const email = orderConfirmationEmail(order, storefront)
  await container.resolve(Modules.NOTIFICATION).createNotifications({
    to: order.email,
    channel: "email",
    template: "order-placed",
    idempotency_key: `order-placed-${order.id}`,
    resource_id: order.id,
    resource_type: "order",
    data: { subject: email.subject, text: email.text, order_id: order.id, display_id: order.display_id },
  })
}

async function readOrder(query: Query, id: string): Promise<ConfirmationOrder | null> {
  const {
    data: [o],
  } = await query.graph({
    entity: "order",
    fields: [
      "id", "display_id", "email", "currency_code", "total", "customer.has_account",
      "items.product_title", "items.variant_title", "items.quantity", "items.total",
      "shipping_methods.name", "shipping_methods.shipping_option_id",
      "shipping_address.first_name", "shipping_address.last_name", "shipping_address.address_1",
      "shipping_address.city", "shipping_address.postal_code", "shipping_address.country_code",
      "payment_collections.payment_sessions.provider_id", "payment_collections.payment_sessions.data",
    ],
    filters: { id },
  })
  if (!o) return null
  const a = o.shipping_address
  const session = (o.payment_collections ?? []).flatMap((c: any) => c.payment_sessions ?? []).find((s: any) => s.provider_id === VIETQR_PROVIDER_ID)
  const qr = session?.data as VietQrData | undefined
  return {
    id: o.id,
    display_id: o.display_id,
    email: o.email,
    currency_code: o.currency_code,
    total: num(o.total),
    customer_has_account: !!o.customer?.has_account,
    items: (o.items ?? []).map((i: any) => ({ title: i.product_title, variant_title: i.variant_title, quantity: num(i.quantity), total: num(i.total) })),
    pickup: await pickupCentre(query, (o.shipping_methods ?? []).map((m: any) => m.shipping_option_id).filter(Boolean)),
    shipping_address: a
      ? { name: `${a.first_name ?? ""} ${a.last_name ?? ""}`.trim(), lines: [a.address_1, a.city, a.postal_code, a.country_code?.toUpperCase()].filter(Boolean).join(", ") }
      : null,
    transfer: qr?.account
      ? {
          bank: receivingBank(qr.account.bin)?.shortName ?? qr.account.bin,
          account_number: qr.account.account_number,
          account_name: qr.account.account_name,
          amount: qr.amount,
          reference: qr.reference,
        }
      : null,
  }
}

/** The centre of a pick-up shipping option (its fulfillment set is of type "pickup"), else null. */
async function pickupCentre(query: Query, optionIds: string[]): Promise<ConfirmationOrder["pickup"]> {
  if (!optionIds.length) return null
  const { data: options } = await query.graph({
    entity: "shipping_option",
    fields: ["id", "service_zone.fulfillment_set.type", "service_zone.fulfillment_set.location.id"],
    filters: { id: optionIds },
  })
  const set = options.map((o: any) => o.service_zone?.fulfillment_set).find((s: any) => s?.type === "pickup")
  if (!set?.location?.id) return null
  const [row] = await linkRows(query, LINKS.centreStockLocation, ["centre_id"], { stock_location_id: set.location.id })
  if (!row?.centre_id) return null
  const {
    data: [centre],
  } = await query.graph({ entity: "centre", fields: ["name_vi", "address", "opening_hours"], filters: { id: row.centre_id } })
  return centre ? { name: centre.name_vi, address: centre.address, opening_hours: centre.opening_hours ?? null } : null
}

export const config: SubscriberConfig = { event: "order.placed" }
