import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, QueryContext } from "@medusajs/framework/utils"
import { linkRows } from "../../../lib/link-rows"
import { loadProductOcop } from "../../../lib/product-ocop"
import { pos } from "../pos-clerk"

/**
 * GET /pos/catalogue: what this counter sells (its counter sales channel), with barcodes, VND
 * prices and what is free at this centre now: the till keeps it on the device, so a scan finds
 * its line without the network.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { centre } = pos(req)
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const at = new Date().toISOString()
  const [links, { data: regions }] = await Promise.all([
    linkRows(query, { entryPoint: "product_sales_channel" }, ["product_id"], { sales_channel_id: centre.sales_channel_id }),
    query.graph({ entity: "region", fields: ["id"], filters: { currency_code: "vnd" } }),
  ])
  const ids = [...new Set(links.map((l) => l.product_id!))]
  if (!ids.length) return res.json({ products: [], at })
  const [{ data: products }, ocop] = await Promise.all([
    query.graph({
      entity: "product",
      fields: ["id", "handle", "title", "thumbnail", "metadata", "variants.id", "variants.title", "variants.sku", "variants.barcode", "variants.calculated_price.calculated_amount"],
      filters: { id: ids, status: "published" },
      context: { variants: { calculated_price: QueryContext({ region_id: regions[0]?.id, currency_code: "vnd" }) } },
    }),
    loadProductOcop(query, ids, "vi"),
  ])
  res.json({
    at,
    products: products.map((p: any) => {
      const o = ocop.get(p.id)
      const here = o?.availability.find((a) => a.centre.handle === centre.handle)
      return {
        id: p.id,
        handle: p.handle,
        title_vi: p.title,
        title_en: (p.metadata?.title_en as string | undefined) ?? p.title,
        thumbnail: p.thumbnail ?? null,
        stars: o?.stars ?? null,
        producer: o?.producer ? { handle: o.producer.handle, name: o.producer.name } : null,
        variants: (p.variants ?? []).map((v: any) => ({
          id: v.id,
          title: v.title,
          sku: v.sku ?? null,
          barcode: v.barcode ?? null,
          price: v.calculated_price?.calculated_amount ?? null,
          available: here?.variants[v.id] ?? 0,
        })),
      }
    }),
  })
}
