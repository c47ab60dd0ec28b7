import { BigNumber, ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { POS_MODULE } from "../../../modules/pos"
import type PosModuleService from "../../../modules/pos/service"
import { counterShippingOption } from "../../../lib/pos/counter-option"
import { refusal } from "../../../lib/pos/refusals"
import type { PosReturnInput, PosReturnLine, PreparedReturn, SaleLine } from "../types"

export const preparePosReturnStepId = "ocop-prepare-pos-return"
const num = (v: unknown) => (v == null ? 0 : new BigNumber(v as any).numeric)
/** A till's clock may run a little ahead of the server's. */
const CLOCK_SKEW_MS = 5 * 60_000

/**
 * Sale line index -> units asked back. A line names an order item of the line, or (a return taken
 * offline, before the till knew the items) a variant: its units come off the sale's lines of that
 * variant in order, after what was returned already.
 */
function askedPerLine(lines: SaleLine[], wanted: PosReturnLine[], receipt: string, locale: "vi" | "en") {
  const asked = new Map<number, number>()
  const add = (index: number, n: number) => asked.set(index, (asked.get(index) ?? 0) + n)
  for (const l of wanted) {
    if ("line_item_id" in l) {
      const index = lines.findIndex((s) => s.line_item_ids.includes(l.line_item_id))
      if (index < 0) throw new MedusaError(MedusaError.Types.INVALID_DATA, `Line ${l.line_item_id} is not on sale ${receipt}.`)
      add(index, l.quantity)
      continue
    }
    const own = lines.map((s, index) => ({ s, index })).filter(({ s }) => s.variant_id === l.variant_id)
    if (!own.length) throw new MedusaError(MedusaError.Types.INVALID_DATA, `Product ${l.variant_id} is not on sale ${receipt}.`)
    let left = l.quantity
    for (const { s, index } of own) {
      const n = Math.min(left, s.quantity - s.returned - (asked.get(index) ?? 0))
      if (n > 0) add(index, n)
      left -= Math.max(0, n)
    }
    if (left > 0) {
      const free = own.reduce((sum, { s }) => sum + s.quantity - s.returned, 0)
      throw refusal("return_too_many", locale, { title: own[0]!.s.title_vi, left: free })
    }
  }
  return asked
}

/**
 * Checks a return before anything moves: this centre's sale, inside the return window, no line
 * returned beyond what was bought (less what came back already). The refund is what those units
 * cost on the order, after their discounts.
 */
export const preparePosReturnStep = createStep(preparePosReturnStepId, async (input: PosReturnInput, { container }) => {
  const service: PosModuleService = container.resolve(POS_MODULE)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { locale } = input
  const [sale] = await service.listPosSales({ id: input.sale_id, centre_id: input.centre.id, status: "completed" }, { take: 1 })
  if (!sale?.order_id) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Sale ${input.sale_id} was not found at this centre.`)
  // A return taken offline counts from when it was taken, not from when it reached the server.
  const soldAt = new Date(sale.sold_at).getTime()
  const returnedAt = input.body.returned_at ? new Date(input.body.returned_at).getTime() : Date.now()
  if (returnedAt > Date.now() + CLOCK_SKEW_MS) throw refusal("returned_at_future", locale)
  if (returnedAt < soldAt - CLOCK_SKEW_MS) throw refusal("returned_before_sale", locale)
  if (returnedAt - soldAt > input.window_days * 86_400_000) throw refusal("return_window", locale, { days: input.window_days })

  const {
    data: [order],
  } = await query.graph({
    entity: "order",
    fields: ["id", "items.id", "items.unit_price", "items.variant_id", "payment_collections.payments.id", "payment_collections.payments.captured_at"],
    filters: { id: sale.order_id },
  })
  const unitPrice = new Map<string, number>((order?.items ?? []).map((i: any) => [i.id as string, num(i.unit_price)]))
  // A sale line may be two order items (an uneven discount): the till names any one of them, and
  // the units come off the line's items in order, after those already returned.
  const { items: orderItems } = await container.resolve(Modules.ORDER).retrieveOrder(sale.order_id, { relations: ["items"] })
  const itemQuantity = new Map<string, number>((orderItems ?? []).map((i: any) => [i.id as string, num(i.quantity)]))
  const lines = sale.lines as unknown as SaleLine[]
  const asked = askedPerLine(lines, input.body.lines, sale.receipt_number, locale)
  const items: PreparedReturn["items"] = []
  let amount = 0
  for (const [index, wanted] of asked) {
    const line = lines[index]!
    const left = line.quantity - line.returned
    if (wanted > left) throw refusal("return_too_many", locale, { title: line.title_vi, left })
    let skip = line.returned
    let take = wanted
    for (const id of line.line_item_ids) {
      const q = itemQuantity.get(id) ?? 0
      const used = Math.min(skip, q)
      skip -= used
      const n = Math.min(take, q - used)
      if (n > 0) {
        items.push({ id, quantity: n, variant_id: line.variant_id })
        amount += (unitPrice.get(id) ?? 0) * n
        take -= n
      }
    }
  }
  const payment = (order?.payment_collections ?? []).flatMap((c: any) => c.payments ?? []).find((p: any) => p.captured_at)
  const variantIds = [...new Set(items.map((i) => i.variant_id))]
  const { data: links } = await query.graph({ entity: "product_variant_inventory_item", fields: ["variant_id", "inventory_item_id", "required_quantity"], filters: { variant_id: variantIds } })
  // The goods go back on this centre's shelf.
  const restock = items.flatMap((i) =>
    links
      .filter((l: any) => l.variant_id === i.variant_id)
      .map((l: any) => ({ inventory_item_id: l.inventory_item_id as string, location_id: input.centre.location_id, adjustment: i.quantity * num(l.required_quantity ?? 1) }))
  )
  const prepared: PreparedReturn = {
    return_option_id: await counterShippingOption(query, input.centre.location_id, container.resolve(Modules.CACHE)),
    sale_id: sale.id,
    order_id: sale.order_id,
    payment_id: payment?.id ?? null,
    amount,
    items,
    restock,
    returned: [...asked].map(([index, quantity]) => ({ index, quantity })),
  }
  return new StepResponse(prepared)
})
