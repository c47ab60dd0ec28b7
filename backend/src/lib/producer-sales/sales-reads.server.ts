import type { MedusaContainer } from "@medusajs/framework/types"
import { BigNumber, ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { WEB_CHANNEL_KIND } from "../checkout/web-channel"
import { linkRows, LINKS } from "../link-rows"
import { POS_MODULE } from "../../modules/pos"
import type PosModuleService from "../../modules/pos/service"
import type { SoldLine } from "./aggregate"
import type { StatementCentre } from "./statement"

type Query = { graph: (config: any) => Promise<{ data: any[] }> }
const num = (v: unknown) => (v == null ? 0 : new BigNumber(v as any).numeric)

/**
 * Every line of a producer's goods sold between two instants: web orders by the centre that hands
 * them over (its web sales channel, decision 14) and counter sales (pos_sale rows; their Medusa
 * orders sit in counter channels, so nothing is counted twice). Canceled and draft orders do not
 * count; returned units are carried on the line so the pure functions net them out.
 */
export async function readProducerSales(container: MedusaContainer, producerId: string, start: Date, end: Date) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY) as Query
  const productIds = (await linkRows(query, LINKS.productProducer, ["product_id"], { producer_id: producerId })).map((r) => r.product_id!)
  const centres = await readCentres(query)
  if (!productIds.length) return { lines: [] as SoldLine[], centres }
  const mine = new Set(productIds)
  const { data: products } = await query.graph({ entity: "product", fields: ["id", "title", "metadata"], filters: { id: productIds } })
  const titles = new Map(products.map((p: any) => [p.id, { title_vi: p.title as string, title_en: (p.metadata?.title_en as string | undefined) ?? p.title }]))
  const title = (id: string, fallback: string) => titles.get(id) ?? { title_vi: fallback, title_en: fallback }

  const [web, counter] = await Promise.all([webLines(query, centres, mine, start, end), counterLines(container, mine, start, end)])
  return { lines: [...web, ...counter].map((l) => ({ ...l, ...title(l.product_id, l.title_vi) })), centres }
}

async function readCentres(query: Query): Promise<StatementCentre[]> {
  const { data } = await query.graph({ entity: "centre", fields: ["id", "handle", "name_vi", "name_en", "commission_percent"] })
  return data.map((c: any) => ({ id: c.id, handle: c.handle, name_vi: c.name_vi, name_en: c.name_en, commission_percent: c.commission_percent ?? null }))
}

async function webLines(query: Query, centres: StatementCentre[], mine: Set<string>, start: Date, end: Date): Promise<SoldLine[]> {
  const { data: channels } = await query.graph({ entity: "sales_channel", fields: ["id", "metadata"] })
  const centreOfChannel = new Map<string, string>()
  for (const ch of channels) {
    if (ch.metadata?.kind !== WEB_CHANNEL_KIND) continue
    const centre = centres.find((c) => c.handle === ch.metadata?.ocop_centre_handle)
    if (centre) centreOfChannel.set(ch.id, centre.id)
  }
  if (!centreOfChannel.size) return []
  const { data: orders } = await query.graph({
    entity: "order",
    // "total" makes the order module load what item totals need (shouldIncludeTotals): without
    // an order-level total field, items come back with neither quantity nor total.
    fields: ["id", "status", "created_at", "sales_channel_id", "total", "items.id", "items.product_id", "items.product_title", "items.quantity", "items.total"],
    filters: { sales_channel_id: [...centreOfChannel.keys()], created_at: { $gte: start, $lt: end } },
  })
  const counted = orders.filter((o: any) => o.status !== "canceled" && o.status !== "draft" && (o.items ?? []).some((i: any) => mine.has(i?.product_id)))
  const returned = await returnedUnits(query, counted.map((o: any) => o.id))
  return counted
    .flatMap((o: any) =>
      (o.items ?? [])
        .filter((i: any) => i.product_id && mine.has(i.product_id))
        .map((i: any) => ({
          sale_id: o.id,
          channel: "web" as const,
          centre_id: centreOfChannel.get(o.sales_channel_id)!,
          sold_at: new Date(o.created_at),
          product_id: i.product_id,
          title_vi: i.product_title ?? "",
          title_en: i.product_title ?? "",
          quantity: num(i.quantity),
          total: Math.round(num(i.total)),
          returned: returned.get(i.id) ?? 0,
        }))
    )
}

/**
 * Units received back per order item, read apart from the totals and joined by item id: asking
 * for `items.detail.*` beside the totals narrows what the order module selects for them.
 */
async function returnedUnits(query: Query, orderIds: string[]) {
  const units = new Map<string, number>()
  if (!orderIds.length) return units
  const { data } = await query.graph({ entity: "order", fields: ["id", "items.id", "items.detail.return_received_quantity"], filters: { id: orderIds } })
  for (const o of data) for (const i of o.items ?? []) if (i?.id) units.set(i.id, num(i.detail?.return_received_quantity))
  return units
}

async function counterLines(container: MedusaContainer, mine: Set<string>, start: Date, end: Date): Promise<SoldLine[]> {
  const pos: PosModuleService = container.resolve(POS_MODULE)
  const sales = await pos.listPosSales({ status: "completed", sold_at: { $gte: start, $lt: end } } as any, { take: null })
  return sales.flatMap((s: any) =>
    ((s.lines ?? []) as any[])
      .filter((l) => mine.has(l.product_id))
      .map((l) => ({
        sale_id: s.id as string,
        channel: "counter" as const,
        centre_id: s.centre_id as string,
        sold_at: new Date(s.sold_at),
        product_id: l.product_id as string,
        title_vi: l.title_vi ?? "",
        title_en: l.title_en ?? l.title_vi ?? "",
        quantity: Number(l.quantity),
        total: Number(l.total),
        returned: Number(l.returned ?? 0),
      }))
  )
}
