import { z } from "zod"

/** One schema per form, used by the browser (input attributes, checks) and the server action. */
export const AddToCart = z.object({
  variant_id: z.string().startsWith("variant_", "Choose an option."),
  quantity: z.coerce.number().int().min(1).max(99),
})

export const UpdateLine = z.object({
  intent: z.literal("update"),
  line_id: z.string().startsWith("cali_"),
  quantity: z.coerce.number().int().min(0).max(99),
})

export const RemoveLine = z.object({ intent: z.literal("remove"), line_id: z.string().startsWith("cali_") })

export const ApplyPromotion = z.object({ intent: z.literal("promotion"), code: z.string().trim().min(1).max(50) })

export const CartAction = z.discriminatedUnion("intent", [UpdateLine, RemoveLine, ApplyPromotion])

export function formObject(form: FormData): Record<string, string> {
  return Object.fromEntries([...form.entries()].map(([k, v]) => [k, String(v)]))
}
