import { z } from "./zod"

/** One schema per form, used by the browser (useFormCheck, before sending) and the server action. */
export const AddToCart = z.object({
  variant_id: z.string().check(z.startsWith("variant_", "Choose an option.")),
  quantity: z.coerce.number().check(z.int(), z.minimum(1), z.maximum(99)),
})

export const UpdateLine = z.object({
  intent: z.literal("update"),
  line_id: z.string().check(z.startsWith("cali_")),
  quantity: z.coerce.number().check(z.int(), z.minimum(0), z.maximum(99)),
})

export const RemoveLine = z.object({ intent: z.literal("remove"), line_id: z.string().check(z.startsWith("cali_")) })

export const ApplyPromotion = z.object({ intent: z.literal("promotion"), code: z.string().check(z.trim(), z.minLength(1), z.maxLength(50)) })

export const CartAction = z.discriminatedUnion("intent", [UpdateLine, RemoveLine, ApplyPromotion])

// Kept apart from the schemas, so the page's form check can read a form without loading zod.
export { formObject } from "./form-object"
