import { z } from "@medusajs/framework/zod"
import { MAX_STARS, MIN_STARS, PRODUCT_GROUPS } from "../../../../modules/ocop/lib/vocabulary"
import { SEARCH_FACETS, SEARCH_SORTS } from "../../../../lib/search/search-query"

export const MAX_QUERY_LENGTH = 200
export const MAX_LIMIT = 100
const MAX_VALUES = 20

/** `a,b` or a repeated parameter, as one list of trimmed, non-empty values. */
const list = <O>(item: z.ZodType<O, any>, name: string) =>
  z
    .union([z.string(), z.array(z.string())], { error: `must be one or more values separated by commas, such as a,b` })
    .transform((v) => [v].flat().flatMap((s) => s.split(",")).map((s) => s.trim()).filter(Boolean))
    .pipe(z.array(item).max(MAX_VALUES, `at most ${MAX_VALUES} ${name} at once`))

/** Names the rejected value: "colour" is not a facet, rather than a bare "invalid". */
const oneOf = <const T extends readonly [string, ...string[]]>(values: T, what: string, param: string) =>
  z.enum(values, { error: (iss) => `${param}: "${String(iss.input)}" is not ${what}; use one of ${values.join(", ")}` })

const handle = (param: string) =>
  z.string().regex(/^[a-z0-9-]+$/, { error: (iss) => `${param}: "${String(iss.input)}" is not a handle; handles look like bat-trang` })

const count = (name: string, max?: number) => {
  let n = z.coerce
    .number({ message: `${name} must be a whole number` })
    .int(`${name} must be a whole number`)
    .min(0, `${name} cannot be negative`)
  if (max !== undefined) n = n.max(max, `${name} must be at most ${max}`)
  return n
}

const priceVnd = (name: string) =>
  z.coerce
    .number({ message: `${name} must be an amount in đồng, such as 250000` })
    .int(`${name} must be a whole amount in đồng (VND has no minor unit)`)
    .min(0, `${name} cannot be negative`)

/** GET /store/ocop/search. Unknown parameters are refused, so a misspelt filter is never ignored. */
export const StoreOcopSearch = z
  .object({
    q: z
      .string({ error: "q must be one piece of text, given once" })
      .max(MAX_QUERY_LENGTH, `q must be at most ${MAX_QUERY_LENGTH} characters`)
      .transform((s) => s.normalize("NFC").trim())
      .optional(),
    centre: list(handle("centre"), "centres").optional(),
    village: list(handle("village"), "villages").optional(),
    producer: list(handle("producer"), "producers").optional(),
    stars: list(
      z.coerce
        .number({ error: `stars must be ${MIN_STARS} to ${MAX_STARS}` })
        .int(`stars must be ${MIN_STARS} to ${MAX_STARS}`)
        .min(MIN_STARS, `stars must be ${MIN_STARS} to ${MAX_STARS}`)
        .max(MAX_STARS, `stars must be ${MIN_STARS} to ${MAX_STARS}`),
      "star ratings"
    ).optional(),
    group: list(oneOf(PRODUCT_GROUPS, "an OCOP product group", "group"), "groups").optional(),
    price_min: priceVnd("price_min").optional(),
    price_max: priceVnd("price_max").optional(),
    in_stock_at: handle("in_stock_at").optional(),
    certified: z.enum(["true", "false"], { message: "certified must be true or false" }).transform((v) => v === "true").optional(),
    sort: oneOf(SEARCH_SORTS, "a sort", "sort").optional(),
    facets: list(oneOf(SEARCH_FACETS, "a facet", "facets"), "facets").optional(),
    limit: count("limit", MAX_LIMIT).min(1, "limit must be at least 1").default(24),
    offset: count("offset", 10_000).default(0),
  })
  .strict()
  .refine((v) => v.price_min === undefined || v.price_max === undefined || v.price_min <= v.price_max, {
    message: "price_min must not be above price_max",
    path: ["price_min"],
  })

export type StoreOcopSearchParams = z.infer<typeof StoreOcopSearch>
