import { z } from "./zod"

/** One schema per form; each message is the field's name, said in the clerk's words by the screen. */
export const SignIn = z.object({
  email: z.string("email").check(z.trim(), z.email("email")),
  password: z.string("password").check(z.minLength(1, "password")),
})

export const NewCustomer = z.object({
  first_name: z.string("first_name").check(z.trim(), z.minLength(1, "first_name"), z.maxLength(80, "first_name")),
  last_name: z.string("last_name").check(z.trim(), z.maxLength(80, "last_name")),
  phone: z.optional(z.string("phone").check(z.trim(), z.regex(/^(\+84|0)\d{9,10}$/, "phone"))),
  email: z.optional(z.string("email").check(z.trim(), z.email("email"))),
})

export const CardPayment = z.object({
  last4: z.string("last4").check(z.regex(/^\d{4}$/, "last4")),
  approval_code: z.string("approval_code").check(z.trim(), z.regex(/^[0-9A-Za-z]{4,12}$/, "approval_code")),
})

/** The fields a schema found wrong, by name (its messages), first one first. */
export function invalidFields(error: { issues: readonly { message: string }[] }): string[] {
  return [...new Set(error.issues.map((i) => i.message))]
}

/** Empty inputs are absent, not "": an optional field left blank is not checked. */
export function formValues(form: HTMLFormElement | FormData): Record<string, string> {
  const data = form instanceof FormData ? form : new FormData(form)
  const out: Record<string, string> = {}
  for (const [k, v] of data.entries()) if (typeof v === "string" && v.trim() !== "") out[k] = v
  return out
}
