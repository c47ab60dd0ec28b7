import { z } from "./zod"

const PHONE = /^\+?[0-9 ().-]{8,20}$/

/** Step 1: who and where. An address is needed for delivery; pick-up needs a name and phone. */
export const CheckoutDetails = z.object({
  intent: z.literal("details"),
  email: z.string().check(z.trim(), z.toLowerCase(), z.email("email")),
  first_name: z.string().check(z.trim(), z.minLength(1, "first_name"), z.maxLength(100)),
  last_name: z.string().check(z.trim(), z.minLength(1, "last_name"), z.maxLength(100)),
  phone: z.string().check(z.trim(), z.regex(PHONE, "phone")),
  country_code: z.string().check(z.trim(), z.toLowerCase(), z.length(2, "country_code")),
  address_1: z._default(z.optional(z.string().check(z.trim(), z.maxLength(200))), ""),
  city: z._default(z.optional(z.string().check(z.trim(), z.maxLength(100))), ""),
  postal_code: z._default(z.optional(z.string().check(z.trim(), z.maxLength(20))), ""),
})
export type CheckoutDetails = z.infer<typeof CheckoutDetails>

/** Step 2: how it is handed over and paid; placing the order. */
export const PlaceOrder = z.object({
  intent: z.literal("place"),
  option_id: z.string().check(z.startsWith("so_", "option_id")),
  provider_id: z.enum(["pp_system_default", "pp_vietqr_vietqr", "pp_stripe_stripe"], { message: "provider_id" }),
})

export const CheckoutAction = z.discriminatedUnion("intent", [CheckoutDetails, PlaceOrder])
