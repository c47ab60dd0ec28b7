/**
 * Bench fixture: adds generated products to a database that already holds the demo seed, until
 * it has the number asked for (default 10,000). Run by bench/search/run.mjs through
 * `medusa exec`; never against a database you care about.
 *
 * Each generated product is a variation of a real seed product (same village, producer, group
 * and kind of text, another title word, price and set of centres), so the text the search
 * engine sees is shaped like the real catalogue's. Products, variants, prices and stock go
 * through Medusa's workflows; certificates and producer/village links are written in bulk
 * through the OCOP module and the link service, because 10,000 runs of set-product-ocop would
 * take the bench's whole time budget (this is test data, not a shop's).
 */
import fs from "node:fs"
import path from "node:path"
import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules, ProductStatus } from "@medusajs/framework/utils"
import { createInventoryLevelsWorkflow, createProductsWorkflow } from "@medusajs/medusa/core-flows"
import { pauseSearchIngestion } from "../../seed/src/steps/search-index"

const BATCH = 250
const VARIANTS_EN = ["gift edition", "small", "large", "festival edition", "family pack", "classic", "artisan series", "indigo", "natural", "premium"]
const VARIANTS_VI = ["bản quà tặng", "cỡ nhỏ", "cỡ lớn", "phiên bản Tết", "gói gia đình", "cổ điển", "dòng nghệ nhân", "màu chàm", "mộc", "cao cấp"]

type SeedProduct = {
  handle: string; title_vi: string; title_en: string; description_vi: string; description_en: string
  producer: string; village: string; group: string; stars: number; issuing_level: string
  decision_number: string; issue_date: string; tags?: string[]; variants: { price_vnd: number; stock: Record<string, number> }[]
}

/** Deterministic, so every bench run measures the same catalogue. */
function random(seed: number) {
  let s = seed >>> 0
  return () => {
    s = (s + 0x6d2b79f5) >>> 0
    let t = s
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

export default async function generateProducts({ container, args }: ExecArgs) {
  const target = Number(args?.[0] ?? process.env.BENCH_PRODUCTS ?? 10_000)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  const ocop = container.resolve("ocop") as any
  // The bench times a full reindex afterwards; indexing product by product meanwhile is waste.
  pauseSearchIngestion(container)
  const rnd = random(20261122)
  const pick = <T>(list: T[]) => list[Math.floor(rnd() * list.length)]!

  const dataDir = path.resolve(__dirname, "../../seed/data/products")
  const seeds: SeedProduct[] = fs
    .readdirSync(dataDir)
    .filter((f) => f.endsWith(".json"))
    .flatMap((f) => JSON.parse(fs.readFileSync(path.join(dataDir, f), "utf8")))

  const { metadata } = await query.graph({ entity: "product", fields: ["id"], pagination: { take: 1, skip: 0 } })
  const existing = metadata?.count ?? 0
  if (existing >= target) {
    console.log(`[bench] ${existing} products already; nothing to generate.`)
    return
  }
  const [{ data: channels }, { data: centres }, { data: villages }, { data: producers }, { data: tags }] = await Promise.all([
    query.graph({ entity: "sales_channel", fields: ["id", "name"] }),
    query.graph({ entity: "centre", fields: ["id", "handle", "stock_location.id", "sales_channel.id"] }),
    query.graph({ entity: "craft_village", fields: ["id", "handle"] }),
    query.graph({ entity: "producer", fields: ["id", "handle"] }),
    query.graph({ entity: "product_tag", fields: ["id", "value"] }),
  ])
  const online = channels.find((c: any) => c.name === "Default Sales Channel") ?? channels[0]
  const villageId = new Map(villages.map((v: any) => [v.handle, v.id]))
  const producerId = new Map(producers.map((p: any) => [p.handle, p.id]))
  const tagId = new Map(tags.map((t: any) => [t.value, t.id]))

  const started = Date.now()
  for (let n = existing; n < target; n += BATCH) {
    const size = Math.min(BATCH, target - n)
    const rows = Array.from({ length: size }, (_, i) => {
      const base = pick(seeds)
      const k = Math.floor(rnd() * VARIANTS_EN.length)
      const at = [...new Set([pick(centres), pick(centres), pick(centres)].slice(0, 1 + Math.floor(rnd() * 3)))]
      const factor = 0.6 + rnd() * 0.9
      return { base, index: n + i, k, at, factor }
    })
    const { result: created } = await createProductsWorkflow(container).run({
      input: {
        products: rows.map(({ base, index, k, at, factor }) => ({
          title: `${base.title_vi} ${VARIANTS_VI[k]} ${index}`,
          handle: `bench-${index}-${base.handle}`,
          description: base.description_vi,
          status: ProductStatus.PUBLISHED,
          tag_ids: (base.tags ?? []).map((t) => tagId.get(t.normalize("NFC"))).filter(Boolean) as string[],
          sales_channels: [{ id: online.id }, ...at.map((c: any) => ({ id: c.sales_channel?.id })).filter((c) => c.id)],
          metadata: { title_en: `${base.title_en}, ${VARIANTS_EN[k]} ${index}`, description_en: base.description_en },
          options: [{ title: "Loại", values: ["Tiêu chuẩn", "Đặc biệt"] }],
          variants: ["Tiêu chuẩn", "Đặc biệt"].map((value, j) => ({
            title: value,
            sku: `BENCH-${index}-${j}`,
            barcode: `99${String(index).padStart(9, "0")}${j}`,
            manage_inventory: true,
            options: { Loại: value },
            prices: [{ currency_code: "vnd", amount: Math.round((base.variants[0]!.price_vnd * factor * (1 + j * 0.5)) / 1000) * 1000 }],
          })),
        })) as any,
      },
    })
    const byHandle = new Map((created as any[]).map((p) => [p.handle, p]))
    const { data: variants } = await query.graph({
      entity: "product_variant",
      fields: ["product_id", "inventory_items.inventory_item_id"],
      filters: { product_id: (created as any[]).map((p) => p.id) },
    })
    const itemsOf = new Map<string, string[]>()
    for (const v of variants) itemsOf.set(v.product_id, [...(itemsOf.get(v.product_id) ?? []), v.inventory_items?.[0]?.inventory_item_id])
    await createInventoryLevelsWorkflow(container).run({
      input: {
        inventory_levels: rows.flatMap(({ base, index, at }) => {
          const product = byHandle.get(`bench-${index}-${base.handle}`)
          return (itemsOf.get(product.id) ?? []).flatMap((item) =>
            at.map((c: any) => ({ inventory_item_id: item, location_id: c.stock_location?.id, stocked_quantity: Math.floor(rnd() * 40) }))
          )
        }),
      },
    })
    const certificates = await ocop.createCertifications(
      rows.map(({ base }) => {
        const issued = new Date(`${base.issue_date}T00:00:00Z`)
        const expiry = new Date(issued)
        expiry.setUTCMonth(expiry.getUTCMonth() + 36)
        return { stars: base.stars, group: base.group, decision_number: base.decision_number, issuing_level: base.issuing_level, issue_date: issued, expiry_date: expiry }
      })
    )
    await link.create(
      rows.flatMap(({ base, index }, i) => {
        const product_id = byHandle.get(`bench-${index}-${base.handle}`).id
        return [
          { [Modules.PRODUCT]: { product_id }, ocop: { certification_id: certificates[i].id } },
          { [Modules.PRODUCT]: { product_id }, ocop: { producer_id: producerId.get(base.producer) } },
          { [Modules.PRODUCT]: { product_id }, ocop: { craft_village_id: villageId.get(base.village) } },
        ]
      })
    )
    const done = n + size
    const rate = (done - existing) / ((Date.now() - started) / 1000)
    console.log(`[bench] ${done}/${target} products (${rate.toFixed(0)}/s)`)
  }
}
