import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { requestLocale } from "../../../lib/locale"
import { loadProductOcop } from "../../../lib/product-ocop"
import { StoreProductOcopFilters } from "./validators"

/**
 * Adds OCOP to Medusa's own /store/products routes:
 * - `fields=+ocop` (or `ocop`, `*ocop`) attaches an `ocop` object to each product;
 * - `centre`, `village`, `producer`, `min_stars` and `group` filter the list.
 * Medusa's query validator is strict, so these parameters are taken off the query here, before
 * it runs, and turned into an `id` filter it understands.
 */
export async function storeProductsOcop(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  if (req.method !== "GET" || !PRODUCT_PATHS.test(req.originalUrl.split("?")[0]!)) return next()
  // Express 4 does not catch a rejected middleware promise: hand errors to Medusa's handler.
  try {
    await applyOcopQuery(req, res, next)
  } catch (e) {
    next(e)
  }
}

async function applyOcopQuery(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const q = req.query as Record<string, any>
  const wantsOcop = takeOcopField(q)

  const parsed = StoreProductOcopFilters.safeParse({
    centre: q.centre, village: q.village, producer: q.producer, min_stars: q.min_stars, group: q.group,
  })
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `${issue.path.join(".")}: ${issue.message}`)
  }
  for (const key of ["centre", "village", "producer", "min_stars", "group"]) delete q[key]

  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const ids = await productIdsMatching(query, parsed.data)
  if (ids) {
    const asked = q.id === undefined ? undefined : new Set([q.id].flat())
    const allowed = asked ? ids.filter((id) => asked.has(id)) : ids
    // An empty id list would mean "no filter" to Medusa; an id that cannot exist means "none".
    q.id = allowed.length ? allowed : ["prod_none"]
  }

  if (wantsOcop) {
    const json = res.json.bind(res)
    res.json = ((body: any) => {
      const products: any[] = body?.products ?? (body?.product ? [body.product] : [])
      loadProductOcop(query, products.map((p) => p.id), requestLocale(req))
        .then((ocop) => {
          for (const p of products) p.ocop = ocop.get(p.id) ?? null
          json(body)
        })
        .catch(next)
      return res
    }) as typeof res.json
  }
  next()
}

const PRODUCT_PATHS = /^\/store\/products(\/[^/]+)?\/?$/

/** Removes the ocop token from `fields` so Medusa's field checks never see it. */
function takeOcopField(q: Record<string, any>): boolean {
  if (typeof q.fields !== "string") return false
  const tokens = q.fields.split(",")
  const rest = tokens.filter((t: string) => !/^[+*]?ocop$/.test(t.trim()))
  if (rest.length === tokens.length) return false
  if (rest.length) q.fields = rest.join(",")
  else delete q.fields
  return true
}

type Filters = ReturnType<typeof StoreProductOcopFilters.parse>

/** Product ids that pass every OCOP filter (AND), or undefined when none is given. */
async function productIdsMatching(query: any, f: Filters): Promise<string[] | undefined> {
  const sets: Set<string>[] = []
  const idsOf = (rows: any[], path: (r: any) => any[]) => new Set(rows.flatMap(path).filter(Boolean).map((p: any) => p.id))

  if (f.village) {
    const { data } = await query.graph({ entity: "craft_village", fields: ["products.id"], filters: { handle: f.village } })
    sets.push(idsOf(data, (v) => v.products ?? []))
  }
  if (f.producer) {
    const { data } = await query.graph({ entity: "producer", fields: ["products.id"], filters: { handle: f.producer } })
    sets.push(idsOf(data, (p) => p.products ?? []))
  }
  if (f.min_stars !== undefined || f.group) {
    const filters: Record<string, unknown> = {}
    if (f.min_stars !== undefined) filters.stars = { $gte: f.min_stars }
    if (f.group) filters.group = f.group
    const { data } = await query.graph({ entity: "certification", fields: ["product.id"], filters })
    sets.push(idsOf(data, (c) => [c.product]))
  }
  if (f.centre) {
    const { data: centres } = await query.graph({ entity: "centre", fields: ["stock_location.id"], filters: { handle: f.centre } })
    const locationIds = centres.map((c: any) => c.stock_location?.id).filter(Boolean)
    const { data: levels } = locationIds.length
      ? await query.graph({ entity: "inventory_level", fields: ["inventory_item.variants.product_id"], filters: { location_id: locationIds } })
      : { data: [] }
    sets.push(new Set(levels.flatMap((l: any) => (l.inventory_item?.variants ?? []).map((v: any) => v.product_id))))
  }
  if (!sets.length) return undefined
  const [first, ...others] = sets
  return [...first!].filter((id) => others.every((s) => s.has(id)))
}
