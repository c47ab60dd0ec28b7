import { z } from "@medusajs/framework/zod"
import { PRODUCT_GROUPS, MAX_STARS, MIN_STARS } from "../../../modules/ocop/lib/vocabulary"

const handle = z.string().regex(/^[a-z0-9-]+$/, "must be a handle such as bat-trang")

/** The OCOP filters of GET /store/products (see README). */
export const StoreProductOcopFilters = z.object({
  centre: handle.optional(),
  village: handle.optional(),
  producer: handle.optional(),
  min_stars: z.coerce.number().int().min(MIN_STARS).max(MAX_STARS).optional(),
  group: z.enum(PRODUCT_GROUPS).optional(),
})
