import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules, QueryContext } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { loadStarsAndProducers } from "../../../lib/product-ocop"
import { counterShippingOption, vndRegionId } from "../../../lib/pos/counter-option"
import { POS_MODULE } from "../../../modules/pos"
import type PosModuleService from "../../../modules/pos/service"
import { refusal } from "../../../lib/pos/refusals"
import { shiftFilter } from "../../../lib/pos/shift-ref"
import { priceSale, SaleProblem, settle, type Discount, type Payment, type SaleLineInput } from "../../../lib/pos/sale-math"
import type { CatalogueIssues } from "../../../lib/pos/conflict"
import type { CatalogueVariant, OrderItemFields, PosSaleInput, PreparedSale, SaleCatalogue } from "../types"

export const preparePosSaleStepId = "ocop-prepare-pos-sale"
const CLOCK_SKEW_MS = 5 * 60_000

const VARIANT_FIELDS = [
  "id", "title", "sku", "barcode", "thumbnail", "product.id", "product.title", "product.metadata", "product.status",
  "product.handle", "product.thumbnail", "product.description", "product.subtitle", "product.discountable", "product.is_giftcard",
  "product.type_id", "product.type.value", "product.collection.title", "product.shipping_profile.id",
  "product.sales_channels.id", "calculated_price.calculated_amount",
]

/**
 * What a counter sale reads of the catalogue, for a set of variants: the centre's region and
 * pick-up option, each variant's counter price, whether this counter sells it, its OCOP stars and
 * producer, and the product facts an order line item keeps. Read once per request: a batch of
 * synced sales (api/pos/sales/batch) shares one read instead of one per sale.
 */
export async function loadSaleCatalogue(
  container: MedusaContainer,
  centre: PosSaleInput["centre"],
  variantIds: string[],
  { withDeleted = false }: { withDeleted?: boolean } = {}
): Promise<SaleCatalogue> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const cache = container.resolve(Modules.CACHE)
  const ids = [...new Set(variantIds)]
  const [regionId, shippingOptionId] = await Promise.all([vndRegionId(query, cache), counterShippingOption(query, centre.location_id, cache)])
  const { data: rows } = ids.length
    ? await query.graph({
        entity: "product_variant",
        // A deleted variant has no price to calculate: it is read only to keep an offline sale of it.
        fields: withDeleted ? VARIANT_FIELDS.filter((f) => !f.startsWith("calculated_price")) : VARIANT_FIELDS,
        filters: { id: ids },
        ...(withDeleted ? { withDeleted: true } : { context: { calculated_price: QueryContext({ region_id: regionId, currency_code: "vnd" }) } }),
      })
    : { data: [] as any[] }
  const ocop = await loadStarsAndProducers(query, [...new Set(rows.map((v: any) => v.product.id as string))])
  const variants: Record<string, CatalogueVariant> = {}
  for (const v of rows as any[]) {
    const p = v.product
    const price = v.calculated_price?.calculated_amount
    const o = ocop.get(p.id)
    variants[v.id] = {
      id: v.id,
      title: v.title ?? null,
      sku: v.sku ?? null,
      barcode: v.barcode ?? null,
      product_id: p.id,
      product_title: p.title,
      title_en: (p.metadata?.title_en as string | undefined) ?? p.title,
      sold: !withDeleted && p.status === "published" && (p.sales_channels ?? []).some((c: any) => c.id === centre.sales_channel_id),
      price: price === undefined || price === null ? null : Number(price),
      stars: o?.stars ?? null,
      producer: o?.producer ? { handle: o.producer.handle, name: o.producer.name } : null,
      order_item: orderItemFields(v),
    }
  }
  return { region_id: regionId, shipping_option_id: shippingOptionId, variants }
}

/** The product facts Medusa copies onto an order line item (as its prepareLineItemData does). */
function orderItemFields(v: any): OrderItemFields {
  const p = v.product
  return {
    subtitle: v.title ?? null,
    thumbnail: v.thumbnail ?? p.thumbnail ?? null,
    product_id: p.id,
    product_title: p.title,
    product_description: p.description ?? null,
    product_subtitle: p.subtitle ?? null,
    product_type: p.type?.value ?? null,
    product_type_id: p.type_id ?? null,
    product_collection: p.collection?.title ?? null,
    product_handle: p.handle,
    variant_sku: v.sku ?? null,
    variant_barcode: v.barcode ?? null,
    variant_title: v.title ?? null,
    is_discountable: p.discountable ?? true,
    is_giftcard: p.is_giftcard ?? false,
    // Goods with a shipping profile are fulfilled, which is what hands them over at the counter.
    requires_shipping: !!p.shipping_profile?.id,
  }
}

/**
 * Reads and checks a counter sale before anything is written: every variant is sold in this
 * centre's counter channel at the price the till showed, the discounts are within the clerk's
 * limit, the tenders add up. Each "no" is a refusal with the clerk's sentence (lib/pos/refusals).
 *
 * A sale made offline has already happened, so a product withdrawn since (even deleted) or a
 * price changed since does not refuse it: the customer paid the till's price, and the sale is
 * kept with those lines as its conflict (lib/pos/conflict.ts) for staff to look at.
 */
export const preparePosSaleStep = createStep(preparePosSaleStepId, async (input: PosSaleInput, { container }) => {
  const { locale, centre } = input
  // Like a shift's opening and a return: a device clock a little ahead is allowed, a sale dated
  // in 2999 is not (it was recorded, and would count in that year's reports; found by the route fuzz).
  if (input.sale.sold_at && new Date(input.sale.sold_at).getTime() > Date.now() + CLOCK_SKEW_MS) throw refusal("sold_at_future", locale)
  const offline = !!input.sale.offline
  const variantIds = [...new Set(input.sale.lines.map((l) => l.variant_id))]
  // A batch hands its catalogue in; a variant it does not cover is read here.
  const given = input.catalogue
  const missing = given ? variantIds.filter((id) => !given.variants[id]) : variantIds
  const [[shift], read, customer] = await Promise.all([
    // A sale belongs to a shift of this centre's till (it may have closed since, when a sale syncs late).
    (container.resolve(POS_MODULE) as PosModuleService).listPosShifts({ ...shiftFilter(input.sale.shift_id ?? ""), centre_id: centre.id, till_id: input.sale.till_id }, { take: 1 }),
    missing.length || !given ? loadSaleCatalogue(container, centre, missing) : null,
    // The order carries the customer's e-mail; an unknown customer is Medusa's own 404.
    input.sale.customer_id ? container.resolve(Modules.CUSTOMER).retrieveCustomer(input.sale.customer_id, { select: ["id", "email"] }) : null,
  ])
  if (!shift) throw refusal("no_shift", locale)
  const catalogue: SaleCatalogue = given ? { ...given, variants: { ...given.variants, ...read?.variants } } : read!
  const gone = variantIds.filter((id) => !catalogue.variants[id])
  if (offline && gone.length) {
    const deleted = await loadSaleCatalogue(container, centre, gone, { withDeleted: true })
    Object.assign(catalogue.variants, deleted.variants)
  }
  const issues: CatalogueIssues = { prices: [], withdrawn: [] }
  for (const line of input.sale.lines) {
    const v = catalogue.variants[line.variant_id]
    if (!v || (!v.sold && !offline)) throw refusal("unknown_variant", locale, { variant_id: line.variant_id })
    if (!v.sold) {
      if (!issues.withdrawn.some((w) => w.variant_id === v.id)) issues.withdrawn.push({ variant_id: v.id, title: v.product_title })
      continue
    }
    if (v.price === null || v.price !== line.unit_price) {
      if (!offline) throw refusal("price_changed", locale, { title: v.product_title, price: v.price ?? 0, variant_id: line.variant_id })
      if (!issues.prices.some((p) => p.variant_id === v.id && p.sold_price === line.unit_price)) {
        issues.prices.push({ variant_id: v.id, title: v.product_title, sold_price: line.unit_price, current_price: v.price })
      }
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

  const prepared: PreparedSale = {
    shift_id: shift.id,
    region_id: catalogue.region_id!,
    shipping_option_id: catalogue.shipping_option_id,
    subtotal: priced.subtotal,
    discount_total: priced.discount_total,
    total: priced.total,
    change: settled.change,
    customer_email: customer?.email ?? null,
    order_items: Object.fromEntries(variantIds.map((id) => [id, catalogue.variants[id]!.order_item])),
    issues,
    lines: priced.lines.map((l) => {
      const v = catalogue.variants[l.variant_id]!
      return {
        variant_id: l.variant_id,
        product_id: v.product_id,
        title_vi: v.product_title,
        title_en: v.title_en,
        variant_title: v.title,
        sku: v.sku,
        barcode: v.barcode,
        stars: v.stars,
        producer: v.producer,
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
