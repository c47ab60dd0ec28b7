import fs from "node:fs"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules, ProductStatus } from "@medusajs/framework/utils"
import {
  createLinksWorkflow,
  createInventoryLevelsWorkflow,
  createProductTagsWorkflow,
  createProductsWorkflow,
  uploadFilesWorkflow,
} from "@medusajs/medusa/core-flows"
import { imagePath, type ProductRow } from "../data"
import type { Progress } from "../progress"
import { runWorkflow } from "../workflows"

const CHUNK = 15
/** Approximate USD list prices for the international region, from VND at 26,000 ₫ per dollar. */
const VND_PER_USD = 26_000
const DEFAULT_OPTION = { title: "Default option", values: ["Default option value"] }

type Ids = {
  onlineChannelId: string
  shippingProfileId: string
  villages: Map<string, string>
  producers: Map<string, string>
  centres: Map<string, any>
}

/**
 * Products in chunks: images through the file module, the products with their variants, prices
 * and sales channels, stock levels at each centre, then producer, village and OCOP certificate.
 * Products whose handle exists are skipped, so a second run changes nothing.
 */
export async function seedProducts(container: MedusaContainer, rows: ProductRow[], ids: Ids, progress: Progress) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: existing } = await query.graph({ entity: "product", fields: ["id", "handle", "shipping_profile.id"] })
  const have = new Set(existing.map((p: any) => p.handle))
  await linkShippingProfile(container, existing.filter((p: any) => !p.shipping_profile).map((p: any) => p.id), ids.shippingProfileId)
  const todo = rows.filter((r) => !have.has(r.handle))
  progress.tick(rows.length - todo.length)
  progress.stage(`Sản phẩm (products): ${todo.length} new of ${rows.length}`)

  const tagIds = await ensureTags(container, todo.flatMap((r) => r.tags ?? []))

  for (let i = 0; i < todo.length; i += CHUNK) {
    const chunk = todo.slice(i, i + CHUNK)
    const images = await uploadImages(container, chunk)
    const { result: created } = await createProductsWorkflow(container).run({
      input: { products: chunk.map((row) => productInput(row, images.get(row.handle), tagIds, ids)) as any },
    })
    await stockChunk(container, chunk, ids)
    for (const row of chunk) {
      const product = created.find((p: any) => p.handle === row.handle)!
      await runWorkflow(container, "set-product-ocop", {
        product_id: product.id,
        producer_id: ids.producers.get(row.producer) ?? null,
        village_id: ids.villages.get(row.village) ?? null,
        certification: {
          stars: row.stars,
          group: row.group,
          decision_number: row.decision_number,
          issuing_level: row.issuing_level,
          issue_date: row.issue_date,
          expiry_date: row.expiry_date ?? null,
        },
      })
    }
    progress.tick(chunk.length)
  }
}

/** Catalogues seeded before products carried a shipping profile get the default one. */
async function linkShippingProfile(container: MedusaContainer, productIds: string[], profileId: string) {
  if (!productIds.length) return
  await createLinksWorkflow(container).run({
    input: productIds.map((product_id) => ({
      [Modules.PRODUCT]: { product_id },
      [Modules.FULFILLMENT]: { shipping_profile_id: profileId },
    })),
  })
}

function productInput(row: ProductRow, image: string | undefined, tagIds: Map<string, string>, ids: Ids) {
  const options = row.options.length ? row.options : [DEFAULT_OPTION]
  const stockedAt = new Set(row.variants.flatMap((v) => Object.keys(v.stock)))
  const counterChannels = [...stockedAt].map((h) => ids.centres.get(h)?.sales_channel?.id).filter(Boolean)
  return {
    title: row.title_vi.normalize("NFC"),
    handle: row.handle,
    description: row.description_vi.normalize("NFC"),
    status: ProductStatus.PUBLISHED,
    thumbnail: image,
    images: image ? [{ url: image }] : [],
    options: options.map((o) => ({ title: o.title, values: o.values })),
    tag_ids: (row.tags ?? []).map((t) => tagIds.get(t.normalize("NFC"))).filter(Boolean),
    // Without a shipping profile no shipping method satisfies the line and checkout refuses the cart.
    shipping_profile_id: ids.shippingProfileId,
    sales_channels: [{ id: ids.onlineChannelId }, ...counterChannels.map((id) => ({ id }))],
    metadata: {
      title_en: row.title_en,
      description_en: row.description_en,
      option_titles_en: Object.fromEntries(row.options.map((o) => [o.title, o.title_en ?? o.title])),
    },
    variants: row.variants.map((v) => ({
      title: Object.values(v.options).join(" / ") || row.title_vi,
      sku: v.sku,
      barcode: v.barcode,
      ean: v.barcode,
      manage_inventory: true,
      options: row.options.length ? v.options : { [DEFAULT_OPTION.title]: DEFAULT_OPTION.values[0] },
      prices: [
        { currency_code: "vnd", amount: v.price_vnd },
        { currency_code: "usd", amount: Math.max(1, Math.round(v.price_vnd / (VND_PER_USD / 100)) / 100) },
      ],
    })),
  }
}

async function ensureTags(container: MedusaContainer, values: string[]) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const wanted = [...new Set(values.map((v) => v.normalize("NFC")))]
  const { data: have } = await query.graph({ entity: "product_tag", fields: ["id", "value"] })
  const missing = wanted.filter((v) => !have.some((t: any) => t.value === v))
  if (missing.length) await createProductTagsWorkflow(container).run({ input: { product_tags: missing.map((value) => ({ value })) } })
  const { data: all } = await query.graph({ entity: "product_tag", fields: ["id", "value"] })
  return new Map(all.map((t: any) => [t.value as string, t.id as string]))
}

async function uploadImages(container: MedusaContainer, rows: ProductRow[]) {
  const files = rows
    .filter((r) => fs.existsSync(imagePath(r.handle)))
    .map((r) => ({
      filename: `${r.handle}.svg`,
      mimeType: "image/svg+xml",
      content: fs.readFileSync(imagePath(r.handle)).toString("base64"),
      access: "public" as const,
    }))
  const urls = new Map<string, string>()
  if (!files.length) return urls
  const { result } = await uploadFilesWorkflow(container).run({ input: { files } })
  files.forEach((f, i) => urls.set(f.filename.replace(/\.svg$/, ""), (result as any[])[i].url))
  return urls
}

async function stockChunk(container: MedusaContainer, rows: ProductRow[], ids: Ids) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const skus = rows.flatMap((r) => r.variants.map((v) => v.sku))
  const { data: variants } = await query.graph({
    entity: "product_variant",
    fields: ["sku", "inventory_items.inventory_item_id"],
    filters: { sku: skus },
  })
  const itemBySku = new Map(variants.map((v: any) => [v.sku, v.inventory_items?.[0]?.inventory_item_id]))
  const levels = rows.flatMap((r) =>
    r.variants.flatMap((v) =>
      Object.entries(v.stock).map(([centre, qty]) => ({
        inventory_item_id: itemBySku.get(v.sku),
        location_id: ids.centres.get(centre)?.stock_location?.id,
        stocked_quantity: qty,
      }))
    )
  ).filter((l) => l.inventory_item_id && l.location_id)
  if (levels.length) await createInventoryLevelsWorkflow(container).run({ input: { inventory_levels: levels } })
}
