import { WEB_CHANNEL_KIND } from "./web-channel"
import { coverageAt, deliveryLocation, type CartLine, type Coverage, type FreeStock } from "./centre-coverage"
import { listCentresWithLocations } from "../centre-catalogue"

type Query = { graph: (config: any) => Promise<{ data: any[] }> }

export type CentreCover = {
  centre_id: string
  handle: string
  name_vi: string
  name_en: string
  location_id: string
  /** The centre's online sales channel: orders it hands over are placed in it (one location). */
  web_channel_id: string | null
  /** Its pick-up shipping options. */
  pickup_option_ids: string[]
  coverage: Coverage
}

export type CartCentres = {
  cart_id: string
  completed: boolean
  sales_channel_id: string | null
  /** Locations of the cart's sales channel: several for the online shop, one for a centre's own channel. */
  channel_location_ids: string[]
  lines: CartLine[]
  centres: CentreCover[]
  /** Where the delivery (not pick-up) options ship from. */
  delivery_location_ids: string[]
  /** The shipping method the cart has now, if any. */
  chosen: { option_id: string; kind: "pickup" | "delivery"; location_id: string | null } | null
  free: FreeStock
}

/** Reads what cart-centre decisions need, in flat reads (see link-rows.ts for why). */
export async function readCartCentres(query: Query, cartId: string): Promise<CartCentres | null> {
  const {
    data: [cart],
  } = await query.graph({
    entity: "cart",
    fields: [
      "id", "completed_at", "sales_channel_id", "items.quantity", "items.product_title", "items.variant_id",
      "items.variant.manage_inventory", "items.variant.allow_backorder", "shipping_methods.shipping_option_id",
    ],
    filters: { id: cartId },
  })
  if (!cart) return null
  const managed = (cart.items ?? []).filter((i: any) => i.variant_id && i.variant?.manage_inventory && !i.variant?.allow_backorder)
  const variantIds = [...new Set(managed.map((i: any) => i.variant_id as string))]
  const [channel, links, centres, options] = await Promise.all([
    cart.sales_channel_id
      ? query.graph({ entity: "sales_channel", fields: ["id", "stock_locations.id"], filters: { id: cart.sales_channel_id } }).then((r) => r.data[0])
      : null,
    variantIds.length
      ? query.graph({ entity: "product_variant_inventory_item", fields: ["variant_id", "inventory_item_id", "required_quantity"], filters: { variant_id: variantIds } }).then((r) => r.data)
      : [],
    listCentresWithLocations(query),
    query.graph({ entity: "shipping_option", fields: ["id", "service_zone.fulfillment_set.type", "service_zone.fulfillment_set.location.id"] }).then((r) => r.data),
  ])
  const channelLocations: string[] = (channel?.stock_locations ?? []).map((l: any) => l.id)
  const located = centres.filter((c) => c.stock_location?.id && channelLocations.includes(c.stock_location.id))
  const locationIds = located.map((c) => c.stock_location!.id)
  const itemIds = [...new Set(links.map((l: any) => l.inventory_item_id as string))]
  const [levels, locations] = await Promise.all([
    itemIds.length && locationIds.length
      ? query.graph({ entity: "inventory_level", fields: ["inventory_item_id", "location_id", "stocked_quantity", "reserved_quantity"], filters: { inventory_item_id: itemIds, location_id: locationIds } }).then((r) => r.data)
      : [],
    locationIds.length
      ? query.graph({ entity: "stock_location", fields: ["id", "sales_channels.id", "sales_channels.metadata"], filters: { id: locationIds } }).then((r) => r.data)
      : [],
  ])

  const free: FreeStock = new Map(levels.map((l: any) => [`${l.inventory_item_id}@${l.location_id}`, Number(l.stocked_quantity) - Number(l.reserved_quantity)]))
  const lines: CartLine[] = managed.map((i: any) => ({
    title: i.product_title ?? i.variant_id,
    quantity: Number(i.quantity),
    inventory: links.filter((l: any) => l.variant_id === i.variant_id).map((l: any) => ({ inventory_item_id: l.inventory_item_id, required_quantity: Number(l.required_quantity ?? 1) })),
  }))
  const webChannel = new Map<string, string>()
  for (const loc of locations) {
    const web = (loc.sales_channels ?? []).find((c: any) => c?.metadata?.kind === WEB_CHANNEL_KIND)
    if (web) webChannel.set(loc.id, web.id)
  }
  const optionPlace = new Map<string, { kind: "pickup" | "delivery"; location_id: string | null }>(
    options.map((o: any) => [o.id, { kind: o.service_zone?.fulfillment_set?.type === "pickup" ? "pickup" : "delivery", location_id: o.service_zone?.fulfillment_set?.location?.id ?? null }])
  )
  const chosenId = (cart.shipping_methods ?? []).map((m: any) => m.shipping_option_id).find(Boolean) as string | undefined
  return {
    cart_id: cart.id,
    completed: !!cart.completed_at,
    sales_channel_id: cart.sales_channel_id ?? null,
    channel_location_ids: channelLocations,
    lines,
    free,
    delivery_location_ids: [...new Set([...optionPlace.values()].filter((p) => p.kind === "delivery" && p.location_id).map((p) => p.location_id!))],
    chosen: chosenId && optionPlace.has(chosenId) ? { option_id: chosenId, ...optionPlace.get(chosenId)! } : null,
    centres: located.map((c) => {
      const location = c.stock_location!.id
      return {
        centre_id: c.id,
        handle: c.handle,
        name_vi: c.name_vi,
        name_en: c.name_en,
        location_id: location,
        web_channel_id: webChannel.get(location) ?? null,
        pickup_option_ids: [...optionPlace].filter(([, p]) => p.kind === "pickup" && p.location_id === location).map(([id]) => id),
        coverage: coverageAt(lines, location, free),
      }
    }),
  }
}

/** The centre a delivery of this cart would ship from now, if any has everything. */
export function deliveryCentre(cc: CartCentres): CentreCover | null {
  const preferred = cc.delivery_location_ids.find((id) => cc.centres.some((c) => c.location_id === id)) ?? null
  const location = deliveryLocation(cc.lines, preferred, cc.centres.map((c) => c.location_id), cc.free)
  return cc.centres.find((c) => c.location_id === location) ?? null
}

export type Handover =
  | { ok: true; centre: CentreCover; kind: "pickup" | "delivery" }
  | { ok: false; reason: "not_at_pickup_centre"; centre: CentreCover }
  | { ok: false; reason: "no_centre_has_all" }
  | { ok: false; reason: "no_web_channel"; centre: CentreCover }

/**
 * The centre that hands the cart over, or why none can. Null when there is nothing to decide:
 * the cart is placed already, has no shipping method yet (Medusa refuses it itself), or its sales
 * channel sells from one location only (a centre's own channel).
 */
export function handoverFor(cc: CartCentres): Handover | null {
  if (cc.completed || !cc.chosen || cc.channel_location_ids.length <= 1) return null
  const byLocation = (id: string | null) => cc.centres.find((c) => c.location_id === id)
  let centre: CentreCover | undefined
  if (cc.chosen.kind === "pickup") {
    centre = byLocation(cc.chosen.location_id)
    if (!centre) return null
    if (!centre.coverage.can_fulfil) return { ok: false, reason: "not_at_pickup_centre", centre }
  } else {
    centre = byLocation(deliveryLocation(cc.lines, cc.chosen.location_id, cc.centres.map((c) => c.location_id), cc.free))
    if (!centre) return { ok: false, reason: "no_centre_has_all" }
  }
  if (!centre.web_channel_id) return { ok: false, reason: "no_web_channel", centre }
  return { ok: true, centre, kind: cc.chosen.kind }
}
