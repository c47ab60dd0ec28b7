import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createOrdersStep, emitEventStep } from "@medusajs/medusa/core-flows"
import { completePosSaleStep } from "./steps/complete-pos-sale"
import { preparePosSaleStep } from "./steps/prepare-pos-sale"
import { recordPosSaleStep } from "./steps/record-pos-sale"
import { reserveAtCentreStep } from "./steps/reserve-at-centre"
import type { PosSaleInput, PreparedSale } from "./types"

export const createPosSaleWorkflowId = "ocop-create-pos-sale"

/**
 * A line's total over its units in whole đồng: when a discount does not divide evenly, the first
 * units cost one đồng more, as two order items, so the order adds up to what the customer paid.
 */
function orderItemsFor({ lines, order_items }: PreparedSale) {
  return lines.flatMap((l, index) => {
    const base = Math.floor(l.total / l.quantity)
    const extra = l.total - base * l.quantity
    const parts = [
      { quantity: extra, unit_price: base + 1 },
      { quantity: l.quantity - extra, unit_price: base },
    ].filter((p) => p.quantity > 0)
    return parts.map((p) => ({
      ...order_items[l.variant_id],
      variant_id: l.variant_id,
      title: l.title_vi,
      quantity: p.quantity,
      unit_price: p.unit_price,
      is_custom_price: true,
      is_tax_inclusive: true,
      metadata: { pos_line: index, list_price: l.unit_price, discount_reason: l.discount_reason },
    }))
  })
}

export const POS_SALE_RECORDED = "ocop.pos-sale.recorded"

/**
 * A sale at a centre's counter: checked, recorded once (centre + client id), placed as a Medusa
 * order in the centre's counter channel, and its goods reserved at the centre under Medusa's
 * lock: from then on no one else can sell them (availability is stocked minus reserved). Any
 * failure undoes every step before it, the record included. The till has its answer then;
 * payment and hand-over on the order follow in settle-pos-sale.ts, since they took 500-800 ms
 * of the 1 s a sale may take.
 */
export const createPosSaleWorkflow = createWorkflow(createPosSaleWorkflowId, (input: PosSaleInput) => {
  const prepared = preparePosSaleStep(input)
  const sale = recordPosSaleStep({ input, prepared })

  const orderInput = transform({ input, prepared, sale }, ({ input, prepared, sale }) => ({
    region_id: prepared.region_id,
    sales_channel_id: input.centre.sales_channel_id,
    currency_code: "vnd",
    customer_id: input.sale.customer_id ?? undefined,
    email: prepared.customer_email ?? undefined,
    items: orderItemsFor(prepared),
    shipping_methods: prepared.shipping_option_id
      ? [{ name: `Bán tại quầy – ${input.centre.name_vi}`.slice(0, 250), amount: 0, shipping_option_id: prepared.shipping_option_id }]
      : [],
    metadata: { source: "pos", pos_sale_id: sale.id, receipt_number: sale.receipt_number, till_id: input.sale.till_id },
    no_notification: true,
  }))
  // The order module's own create, undone by deleting the order: Medusa's createOrderWorkflow
  // re-read the variants, prices, region, channel and customer prepare has read, checked stock
  // across the channel (reserve does that at the centre), and ran the tax and promotion
  // workflows (a counter price is tax-inclusive, with no promotion): a large share of a sale's CPU (one sale p50 340 → 123 ms without it).
  const orders = createOrdersStep(transform({ orderInput }, ({ orderInput }) => [orderInput as any]))
  const order = transform({ orders }, ({ orders }) => orders[0]!)

  const reserved = reserveAtCentreStep(
    transform({ input, order }, ({ input, order }) => ({
      items: ((order as any).items ?? []).map((i: any) => ({ id: i.id, variant_id: i.variant_id, quantity: i.quantity, product_title: i.product_title ?? i.title })),
      location_id: input.centre.location_id,
      locale: input.locale,
      offline: !!input.sale.offline,
    }))
  )

  const lines = transform({ prepared, order }, ({ prepared, order }) =>
    prepared.lines.map((l, index) => ({
      ...l,
      line_item_ids: ((order as any).items ?? []).filter((i: any) => i.metadata?.pos_line === index).map((i: any) => i.id as string),
    }))
  )
  const completed = completePosSaleStep(
    transform({ sale, order, lines, reserved }, ({ sale, order, lines, reserved }) => ({
      sale_id: sale.id, order_id: order.id, lines, shortages: reserved.shortages, conflict: (sale as any).conflict ?? null,
    }))
  )
  // Paying and handing over the order on Medusa's books follows (subscribers/pos-sale-settle.ts).
  emitEventStep({ eventName: POS_SALE_RECORDED, data: transform({ sale }, ({ sale }) => ({ id: sale.id })) })
  return new WorkflowResponse(completed)
})

export type { PreparedSale }
