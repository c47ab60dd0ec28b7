import { ContainerRegistrationKeys, Modules, QueryContext } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { loadStarsAndProducers } from "../../../lib/product-ocop"
import { counterShippingOption, vndRegionId } from "../../../lib/pos/counter-option"
import { POS_MODULE } from "../../../modules/pos"
import type PosModuleService from "../../../modules/pos/service"
import { refusal } from "../../../lib/pos/refusals"
import { priceSale, SaleProblem, settle, type Discount, type Payment, type SaleLineInput } from "../../../lib/pos/sale-math"
import type { PosSaleInput, PreparedSale } from "../types"

export const preparePosSaleStepId = "ocop-prepare-pos-sale"

/**
 * Reads and checks a counter sale before anything is written: every variant is sold in this
 * centre's counter channel at the price the till showed, the discounts are within the clerk's
 * limit, the tenders add up. Each "no" is a refusal with the clerk's sentence (lib/pos/refusals).
 */
export const preparePosSaleStep = createStep(preparePosSaleStepId, async (input: PosSaleInput, { container }) => {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { locale, centre } = input
  const cache = container.resolve(Modules.CACHE)
  const variantIds = [...new Set(input.sale.lines.map((l) => l.variant_id))]
  const [regionId, [shift], counter] = await Promise.all([
    vndRegionId(query, cache),
    // A sale belongs to a shift of this centre's till (it may have closed since, when a sale syncs late).
    (container.resolve(POS_MODULE) as PosModuleService).listPosShifts({ id: input.sale.shift_id ?? "", centre_id: centre.id, till_id: input.sale.till_id }, { take: 1 }),
    counterShippingOption(query, centre.location_id, cache),
  ])
  if (!shift) throw refusal("no_shift", locale)
  const { data: variants } = await query.graph({
    entity: "product_variant",
    fields: [
      "id", "title", "sku", "barcode", "manage_inventory", "product.id", "product.title", "product.metadata",
      "product.status", "product.sales_channels.id", "calculated_price.calculated_amount",
    ],
    filters: { id: variantIds },
    context: { calculated_price: QueryContext({ region_id: regionId, currency_code: "vnd" }) },
  })
  const byId = new Map(variants.map((v: any) => [v.id as string, v]))
  for (const line of input.sale.lines) {
    const v = byId.get(line.variant_id)
    const sold = v?.product?.status === "published" && (v.product.sales_channels ?? []).some((c: any) => c.id === centre.sales_channel_id)
    if (!sold) throw refusal("unknown_variant", locale, { variant_id: line.variant_id })
    const price = v.calculated_price?.calculated_amount
    if (price === undefined || price === null || Number(price) !== line.unit_price) {
      throw refusal("price_changed", locale, { title: v.product.title, price: Number(price ?? 0), variant_id: line.variant_id })
    }
  }

  let priced: ReturnType<typeof priceSale>
  let settled: ReturnType<typeof settle>
  try {
    priced = priceSale(input.sale.lines as SaleLineInput[], input.sale.order_discount as Discount | null, input.limit)
    settled = settle(priced.total, input.sale.payments as Payment[])
  } catch (e) {
    if (e instanceof SaleProblem) throw refusal(e.code, locale, e.detail)
    throw e
  }

  const ocop = await loadStarsAndProducers(query, [...new Set(variants.map((v: any) => v.product.id as string))])
  const prepared: PreparedSale = {
    region_id: regionId!,
    shipping_option_id: counter,
    subtotal: priced.subtotal,
    discount_total: priced.discount_total,
    total: priced.total,
    change: settled.change,
    lines: priced.lines.map((l) => {
      const v = byId.get(l.variant_id)
      const o = ocop.get(v.product.id)
      return {
        variant_id: l.variant_id,
        product_id: v.product.id,
        title_vi: v.product.title,
        title_en: (v.product.metadata?.title_en as string | undefined) ?? v.product.title,
        variant_title: v.title,
        sku: v.sku ?? null,
        barcode: v.barcode ?? null,
        stars: o?.stars ?? null,
        producer: o?.producer ? { handle: o.producer.handle, name: o.producer.name } : null,
        quantity: l.quantity,
        unit_price: l.unit_price,
        discount: l.discount,
        discount_reason: [l.discount_given?.reason, l.order_discount ? input.sale.order_discount?.reason : null].filter(Boolean).join("; ") || null,
        total: l.total,
        returned: 0,
        line_item_ids: [],
      }
    }),
  }
  return new StepResponse(prepared)
})
