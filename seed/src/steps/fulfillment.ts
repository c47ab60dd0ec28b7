import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  createLinksWorkflow,
  createLocationFulfillmentSetWorkflow,
  createShippingOptionsWorkflow,
  createShippingProfilesWorkflow,
} from "@medusajs/medusa/core-flows"
import type { Regions } from "../data"

const PROVIDER = "manual_manual"
const ALWAYS = [
  { attribute: "enabled_in_store", value: "true", operator: "eq" as const },
  { attribute: "is_return", value: "false", operator: "eq" as const },
]

/**
 * Pick-up at every centre (click and collect from that centre's own stock), and home delivery
 * in Vietnam and abroad dispatched from one centre (regions.json `dispatch_centre`).
 */
export async function seedFulfillment(
  container: MedusaContainer,
  regionsData: Regions,
  regions: { id: string; name: string; currency_code: string }[],
  centres: Map<string, any>
) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const fulfillment = container.resolve(Modules.FULFILLMENT)

  const { data: profiles } = await query.graph({ entity: "shipping_profile", fields: ["id", "type"] })
  let profile = profiles.find((p: any) => p.type === "default")
  if (!profile) {
    const { result } = await createShippingProfilesWorkflow(container).run({ input: { data: [{ name: "Default", type: "default" }] } })
    profile = result[0]
  }

  const { data: locations } = await query.graph({
    entity: "stock_location",
    fields: ["id", "name", "fulfillment_providers.id", "fulfillment_sets.id", "fulfillment_sets.type", "fulfillment_sets.service_zones.id"],
  })
  const vietnam = regions.find((r) => r.currency_code === "vnd")!
  const dispatch = regionsData.dispatch_centre ?? "bat-trang"

  for (const [handle, centre] of centres) {
    const location = locations.find((l: any) => l.id === centre.stock_location?.id)
    if (!location) continue
    if (!location.fulfillment_providers?.some((p: any) => p.id === PROVIDER)) {
      await createLinksWorkflow(container).run({
        input: [{ [Modules.STOCK_LOCATION]: { stock_location_id: location.id }, [Modules.FULFILLMENT]: { fulfillment_provider_id: PROVIDER } }],
      })
    }
    const sets = location.fulfillment_sets ?? []
    if (!sets.some((s: any) => s.type === "pickup")) {
      const name = `Nhận tại ${centre.name_vi}`.slice(0, 200)
      const { pickup: zone } = await addSet(location.id, name, "pickup", [{ key: "pickup", name, countries: ["vn"] }])
      await createShippingOptionsWorkflow(container).run({
        input: [{
          name: `${regionsData.pickup.name_vi} – ${centre.name_vi}`.slice(0, 250),
          service_zone_id: zone,
          shipping_profile_id: profile.id,
          provider_id: PROVIDER,
          price_type: "flat",
          type: { label: regionsData.pickup.name_en, description: centre.name_en, code: `pickup-${handle}` },
          prices: [{ currency_code: "vnd", amount: regionsData.pickup.amount }, { region_id: vietnam.id, amount: regionsData.pickup.amount }],
          rules: ALWAYS,
          data: { centre_handle: handle },
        }] as any,
      })
    }
    if (handle === dispatch && !sets.some((s: any) => s.type === "shipping")) {
      // One service zone per region, so a buyer abroad is never offered a Vietnam-only rate.
      const zones = await addSet(
        location.id,
        "Giao hàng (Delivery)",
        "shipping",
        regionsData.regions.map((r) => ({ key: r.name, name: `Giao hàng – ${r.name}`, countries: r.countries }))
      )
      await createShippingOptionsWorkflow(container).run({
        input: regionsData.shipping.map((s, i) => {
          const region = regions.find((r) => r.name === s.region)!
          return {
            name: `${s.name_vi} (${s.name_en})`,
            service_zone_id: zones[s.region],
            shipping_profile_id: profile.id,
            provider_id: PROVIDER,
            price_type: "flat",
            type: { label: s.name_en, description: s.name_vi, code: `delivery-${i}` },
            prices: [{ currency_code: s.currency_code, amount: s.amount }, { region_id: region.id, amount: s.amount }],
            rules: ALWAYS,
            data: { centre_handle: handle },
          }
        }) as any,
      })
    }
  }

  /** Creates a fulfillment set with one service zone per entry; returns the zone ids by key. */
  return { shippingProfileId: profile.id as string }

  async function addSet(locationId: string, name: string, type: string, zones: { key: string; name: string; countries: string[] }[]) {
    await createLocationFulfillmentSetWorkflow(container).run({
      input: { location_id: locationId, fulfillment_set_data: { name, type } },
    })
    const { data } = await query.graph({
      entity: "stock_location",
      fields: ["fulfillment_sets.id", "fulfillment_sets.type"],
      filters: { id: locationId },
    })
    const set = data[0].fulfillment_sets.find((s: any) => s.type === type)
    const ids: Record<string, string> = {}
    for (const z of zones) {
      const zone = await fulfillment.createServiceZones({
        fulfillment_set_id: set.id,
        name: z.name,
        geo_zones: z.countries.map((country_code) => ({ type: "country" as const, country_code })),
      })
      ids[z.key] = zone.id
    }
    return ids
  }
}
