import type { BankAccount } from "../../modules/ocop/lib/bank-account"
import { linkRows, LINKS } from "../link-rows"

type Query = { graph: (config: any) => Promise<{ data: any[] }> }

export type PaymentCentre = { id: string; account: BankAccount | null }

/**
 * The centre a payment collection's cart sells from: the stock location of its shipping option
 * (pick-up at a centre, or the centre that ships), else the centre whose counter sales channel
 * the cart was made in (a POS sale). Null for a cart that names neither yet.
 */
export async function centreOfPaymentCollection(query: Query, paymentCollectionId: string): Promise<PaymentCentre | null> {
  const [cartLink] = await linkRows(query, { entryPoint: "cart_payment_collection" }, ["cart_id"], {
    payment_collection_id: paymentCollectionId,
  })
  if (!cartLink) return null
  const {
    data: [cart],
  } = await query.graph({
    entity: "cart",
    fields: ["id", "sales_channel_id", "shipping_methods.shipping_option_id"],
    filters: { id: cartLink.cart_id },
  })
  if (!cart) return null

  let centreId: string | undefined
  const optionIds = (cart.shipping_methods ?? []).map((m: any) => m.shipping_option_id).filter(Boolean)
  if (optionIds.length) {
    const { data: options } = await query.graph({
      entity: "shipping_option",
      fields: ["id", "service_zone.fulfillment_set.location.id"],
      filters: { id: optionIds },
    })
    const locationId = options[0]?.service_zone?.fulfillment_set?.location?.id
    if (locationId) {
      const [row] = await linkRows(query, LINKS.centreStockLocation, ["centre_id"], { stock_location_id: locationId })
      centreId = row?.centre_id
    }
  }
  if (!centreId && cart.sales_channel_id) {
    const [row] = await linkRows(query, LINKS.centreSalesChannel, ["centre_id"], { sales_channel_id: cart.sales_channel_id })
    centreId = row?.centre_id
  }
  if (!centreId) return null

  const {
    data: [centre],
  } = await query.graph({
    entity: "centre",
    fields: ["id", "bank_bin", "bank_account_number", "bank_account_name"],
    filters: { id: centreId },
  })
  if (!centre) return null
  const account =
    centre.bank_bin && centre.bank_account_number && centre.bank_account_name
      ? { bin: centre.bank_bin, account_number: centre.bank_account_number, account_name: centre.bank_account_name }
      : null
  return { id: centre.id, account }
}
