import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { publishedProductsByLocation } from "../../../../lib/centre-catalogue"
import { readOne } from "../admin-records"
import { CENTRE_SPEC } from "../specs"

/** The admin shape of a centre: every stored field, plus ids of what it is linked to. */
export function centreAdminView(c: Record<string, any>, productCount: number) {
  const { stock_location, sales_channel, ...fields } = c
  return {
    ...fields,
    stock_location_id: stock_location?.id ?? null,
    sales_channel_id: sales_channel?.id ?? null,
    product_count: productCount,
  }
}

export async function loadCentreAdmin(req: AuthenticatedMedusaRequest, id: string) {
  const centre = await readOne(req, CENTRE_SPEC, id)
  const locationId = centre.stock_location?.id
  const carried = locationId
    ? await publishedProductsByLocation(req.scope.resolve(ContainerRegistrationKeys.QUERY), [locationId])
    : new Map<string, Set<string>>()
  return centreAdminView(centre, carried.get(locationId)?.size ?? 0)
}
