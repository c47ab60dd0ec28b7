import { z } from "./zod"

/**
 * One schema per form, used by the browser (useFormCheck, before sending) and the server action.
 * Each message is the field's name; the page says it in the shopper's words (form.* in locales).
 */
const quantity = (min: number) => z.coerce.number({ message: "quantity" }).check(z.int("quantity"), z.minimum(min, "quantity"), z.maximum(99, "quantity"))

export const AddToCart = z.object({
  variant_id: z.string("variant_id").check(z.startsWith("variant_", "variant_id")),
  quantity: quantity(1),
})

export const UpdateLine = z.object({
  intent: z.literal("update"),
  line_id: z.string("line_id").check(z.startsWith("cali_", "line_id")),
  quantity: quantity(0),
})

export const RemoveLine = z.object({ intent: z.literal("remove"), line_id: z.string("line_id").check(z.startsWith("cali_", "line_id")) })

export const ApplyPromotion = z.object({
  intent: z.literal("promotion"),
  code: z.string("code").check(z.trim(), z.minLength(1, "code"), z.maxLength(50, "code")),
})

export const CartAction = z.discriminatedUnion("intent", [UpdateLine, RemoveLine, ApplyPromotion])

// Kept apart from the schemas, so the page's form check can read a form without loading zod.
export { formObject } from "./form-object"
