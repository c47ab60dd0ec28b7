import { z } from "./zod"

// The checks run in order: trimmed and lower-cased before the address is judged.
const email = () => z.string().check(z.trim(), z.toLowerCase(), z.email("email"))
const name = (field: string) => z.string().check(z.trim(), z.minLength(1, field), z.maxLength(100))

/** Account forms: one schema each, shared by the page (useFormCheck, before sending) and the action. */
export const Login = z.object({
  email: email(),
  password: z.string().check(z.minLength(1, "password")),
})

export const Register = z.object({
  email: email(),
  password: z.string().check(z.minLength(8, "password")),
  first_name: name("first_name"),
  last_name: name("last_name"),
})

export const ResetRequest = z.object({ intent: z.literal("request"), email: email() })

export const ResetPassword = z
  .object({
    intent: z.literal("reset"),
    token: z.string().check(z.minLength(10, "token")),
    email: email(),
    password: z.string().check(z.minLength(8, "password")),
    confirm: z.string(),
  })
  .check(z.refine((v) => v.password === v.confirm, { message: "confirm", path: ["confirm"] }))

export const ResetAction = z.union([ResetRequest, ResetPassword])

export const AddAddress = z.object({
  intent: z.literal("add-address"),
  first_name: name("first_name"),
  last_name: name("last_name"),
  phone: z.string().check(z.trim(), z.regex(/^\+?[0-9 ().-]{8,20}$/, "phone")),
  address_1: z.string().check(z.trim(), z.minLength(1, "address_1"), z.maxLength(200)),
  city: z.string().check(z.trim(), z.minLength(1, "city"), z.maxLength(100)),
  postal_code: z._default(z.optional(z.string().check(z.trim(), z.maxLength(20))), ""),
  country_code: z.string().check(z.trim(), z.toLowerCase(), z.length(2, "country_code")),
})

export const DeleteAddress = z.object({ intent: z.literal("delete-address"), address_id: z.string().check(z.startsWith("cuaddr_")) })

export const AccountAction = z.discriminatedUnion("intent", [AddAddress, DeleteAddress])
