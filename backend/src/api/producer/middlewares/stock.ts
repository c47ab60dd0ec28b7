import { validateAndTransformBody, type MiddlewareRoute } from "@medusajs/framework/http"
import { z } from "@medusajs/framework/zod"
import { validateQuery } from "../../validate-query"

const quantity = z.number().int().positive().max(100_000)

/** One line per variant: a producer counting the same goods twice would be delivering twice. */
const distinctVariants = (lines: { variant_id: string }[]) => new Set(lines.map((l) => l.variant_id)).size === lines.length

export const ProducerProposeDelivery = z
  .object({
    centre: z.string().trim().min(1),
    lines: z
      .array(z.object({ variant_id: z.string().trim().min(1), quantity }).strict())
      .min(1)
      .max(100)
      .refine(distinctVariants, "lines: each variant may appear once"),
    note: z.string().trim().max(1000).transform((s) => s.normalize("NFC")).nullish(),
  })
  .strict()

/** Staff may count less (or more) than proposed; a line left out arrived in full. */
export const ReceiveDelivery = z
  .object({
    lines: z
      .array(z.object({ variant_id: z.string().trim().min(1), received_quantity: z.number().int().min(0).max(100_000) }).strict())
      .max(100)
      .refine(distinctVariants, "lines: each variant may appear once")
      .optional(),
  })
  .strict()

const status = z.enum(["proposed", "received", "cancelled", "all"]).default("all")
export const ListDeliveries = z.object({ status, locale: z.string().optional() })
export const AdminListDeliveries = z.object({ status, centre: z.string().trim().min(1).optional(), locale: z.string().optional() })

const body = validateAndTransformBody

/**
 * Validators for stock and deliveries (docs/producer-api.md), wired through api/middlewares.ts.
 * The staff routes sit here too: they answer the same deliveries, and /admin and /pos already
 * authenticate staff and clerks there.
 */
export const stockMiddlewares: MiddlewareRoute[] = [
  { matcher: "/producer/deliveries", methods: ["GET"], middlewares: [validateQuery(ListDeliveries)] },
  { matcher: "/producer/deliveries", methods: ["POST"], middlewares: [body(ProducerProposeDelivery)] },
  { matcher: "/admin/ocop/deliveries", methods: ["GET"], middlewares: [validateQuery(AdminListDeliveries)] },
  { matcher: "/admin/ocop/deliveries/:id/receive", methods: ["POST"], middlewares: [body(ReceiveDelivery)] },
  { matcher: "/pos/deliveries/:id/receive", methods: ["POST"], middlewares: [body(ReceiveDelivery)] },
]
