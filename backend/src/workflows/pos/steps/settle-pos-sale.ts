import { BigNumber, ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { linkRows, LINKS } from "../../../lib/link-rows"
import { counterShippingOption } from "../../../lib/pos/counter-option"
import { POS_MODULE } from "../../../modules/pos"
import type PosModuleService from "../../../modules/pos/service"

const num = (v: unknown) => (v == null ? 0 : new BigNumber(v as any).numeric)

/** What is left to settle for a recorded sale: paid yet? handed over yet? */
export const loadSettlementStep = createStep("ocop-load-pos-settlement", async (input: { sale_id: string }, { container }) => {
  const service: PosModuleService = container.resolve(POS_MODULE)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const sale = await service.retrievePosSale(input.sale_id)
  if (!sale.order_id) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Sale ${sale.id} has no order yet.`)
  const {
    data: [order],
  } = await query.graph({
    entity: "order",
    fields: ["id", "payment_collections.id", "fulfillments.id", "fulfillments.canceled_at"],
    filters: { id: sale.order_id },
  })
  // The order module's own read: query.graph does not give line items their quantity.
  const { items } = await container.resolve(Modules.ORDER).retrieveOrder(sale.order_id, { relations: ["items"] })
  const [row] = await linkRows(query, LINKS.centreStockLocation, ["stock_location_id"], { centre_id: sale.centre_id })
  const location = row?.stock_location_id ?? ""
  return new StepResponse({
    sale_id: sale.id,
    settled: !!sale.settled_at,
    order_id: sale.order_id,
    user_id: sale.user_id,
    total: sale.total,
    paid: (order?.payment_collections ?? []).length > 0,
    fulfilled: (order?.fulfillments ?? []).some((f: any) => !f.canceled_at),
    items: (items ?? []).map((i: any) => ({ id: i.id as string, quantity: num(i.quantity) })),
    location_id: location,
    shipping_option_id: await counterShippingOption(query, location, container.resolve(Modules.CACHE)),
  })
})

export const markSaleSettledStep = createStep(
  "ocop-mark-pos-sale-settled",
  async (input: { sale_id: string; already: boolean }, { container }) => {
    if (input.already) return new StepResponse(input.sale_id, null as string | null)
    await (container.resolve(POS_MODULE) as PosModuleService).updatePosSales({ id: input.sale_id, settled_at: new Date() })
    return new StepResponse(input.sale_id, input.sale_id as string | null)
  },
  async (saleId, { container }) => {
    if (!saleId) return
    await (container.resolve(POS_MODULE) as PosModuleService).updatePosSales({ id: saleId, settled_at: null })
  }
)
