import { z } from "zod"

/** Account forms: one schema each, shared by the page (input rules) and the action. */
export const Login = z.object({
  email: z.string().trim().toLowerCase().email("email"),
  password: z.string().min(1, "password"),
})

export const Register = z.object({
  email: z.string().trim().toLowerCase().email("email"),
  password: z.string().min(8, "password"),
  first_name: z.string().trim().min(1, "first_name").max(100),
  last_name: z.string().trim().min(1, "last_name").max(100),
})

export const ResetRequest = z.object({ intent: z.literal("request"), email: z.string().trim().toLowerCase().email("email") })

export const ResetPassword = z
  .object({
    intent: z.literal("reset"),
    token: z.string().min(10, "token"),
    email: z.string().trim().toLowerCase().email("email"),
    password: z.string().min(8, "password"),
    confirm: z.string(),
  })
  .refine((v) => v.password === v.confirm, { message: "confirm", path: ["confirm"] })

export const ResetAction = z.union([ResetRequest, ResetPassword])

export const AddAddress = z.object({
  intent: z.literal("add-address"),
  first_name: z.string().trim().min(1, "first_name").max(100),
  last_name: z.string().trim().min(1, "last_name").max(100),
  phone: z.string().trim().regex(/^\+?[0-9 ().-]{8,20}$/, "phone"),
  address_1: z.string().trim().min(1, "address_1").max(200),
  city: z.string().trim().min(1, "city").max(100),
  postal_code: z.string().trim().max(20).optional().default(""),
  country_code: z.string().trim().toLowerCase().length(2, "country_code"),
})

export const DeleteAddress = z.object({ intent: z.literal("delete-address"), address_id: z.string().startsWith("cuaddr_") })

export const AccountAction = z.discriminatedUnion("intent", [AddAddress, DeleteAddress])
