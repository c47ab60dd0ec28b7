import { z } from "zod"

/** Step 1: who and where. An address is needed for delivery; pick-up needs a name and phone. */
export const CheckoutDetails = z.object({
  intent: z.literal("details"),
  email: z.string().trim().toLowerCase().email("email"),
  first_name: z.string().trim().min(1, "first_name").max(100),
  last_name: z.string().trim().min(1, "last_name").max(100),
  phone: z.string().trim().regex(/^\+?[0-9 ().-]{8,20}$/, "phone"),
  country_code: z.string().trim().toLowerCase().length(2, "country_code"),
  address_1: z.string().trim().max(200).optional().default(""),
  city: z.string().trim().max(100).optional().default(""),
  postal_code: z.string().trim().max(20).optional().default(""),
})
export type CheckoutDetails = z.infer<typeof CheckoutDetails>

/** Step 2: how it is handed over and paid; placing the order. */
export const PlaceOrder = z.object({
  intent: z.literal("place"),
  option_id: z.string().startsWith("so_", "option_id"),
  provider_id: z.enum(["pp_system_default", "pp_vietqr_vietqr"], { message: "provider_id" }),
})

export const CheckoutAction = z.discriminatedUnion("intent", [CheckoutDetails, PlaceOrder])
