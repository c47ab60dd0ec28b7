import { BigNumber, ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { POS_MODULE } from "../../../modules/pos"
import type PosModuleService from "../../../modules/pos/service"
import { counterShippingOption } from "../../../lib/pos/counter-option"
import { refusal } from "../../../lib/pos/refusals"
import type { PosReturnInput, PreparedReturn, SaleLine } from "../types"

export const preparePosReturnStepId = "ocop-prepare-pos-return"
const num = (v: unknown) => (v == null ? 0 : new BigNumber(v as any).numeric)

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
  const age = Date.now() - new Date(sale.sold_at).getTime()
  if (age > input.window_days * 86_400_000) throw refusal("return_window", locale, { days: input.window_days })

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
  const asked = new Map<number, number>()
  for (const l of input.body.lines) {
    const index = lines.findIndex((s) => s.line_item_ids.includes(l.line_item_id))
    if (index < 0) throw new MedusaError(MedusaError.Types.INVALID_DATA, `Line ${l.line_item_id} is not on sale ${sale.receipt_number}.`)
    asked.set(index, (asked.get(index) ?? 0) + l.quantity)
  }
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
