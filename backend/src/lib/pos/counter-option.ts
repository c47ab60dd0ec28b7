type Query = { graph: (config: any) => Promise<{ data: any[] }> }

/**
 * The centre's pick-up shipping option: goods handed over (or brought back) at its counter are
 * fulfilled through it, from the centre's own stock location.
 */
export async function counterShippingOption(query: Query, locationId: string): Promise<string | null> {
  const { data: options } = await query.graph({
    entity: "shipping_option",
    fields: ["id", "service_zone.fulfillment_set.type", "service_zone.fulfillment_set.location.id"],
  })
  const found = options.find((o: any) => o.service_zone?.fulfillment_set?.type === "pickup" && o.service_zone.fulfillment_set.location?.id === locationId)
  return found?.id ?? null
}
