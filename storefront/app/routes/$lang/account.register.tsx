import { data, Form, Link, useNavigation } from "react-router"
import { Field } from "../../components/field"
import { InvalidFields } from "../../components/invalid-fields"
import { register, startSession } from "../../lib/customer.server"
import { formObject } from "../../lib/forms/cart-forms"
import { Register } from "../../lib/forms/account-forms"
import { useFormCheck } from "../../lib/forms/use-form-check"
import type { MessageKey } from "../../lib/i18n"
import { isLocale, type Locale } from "../../lib/locale"
import { useT } from "../../lib/use-t"
import type { Route } from "./+types/account.register"

export function loader({ params }: Route.LoaderArgs) {
  return { locale: (isLocale(params.lang) ? params.lang : "vi") as Locale }
}

export async function action({ request, params }: Route.ActionArgs) {
  const locale = (isLocale(params.lang) ? params.lang : "vi") as Locale
  const parsed = Register.safeParse(formObject(await request.formData()))
  if (!parsed.success) return data({ taken: false, fields: parsed.error.issues.map((i) => i.message) }, { status: 400 })
  const token = await register(parsed.data)
  if (!token) return data({ taken: true, fields: [] as string[] }, { status: 409 })
  return startSession(request, token, `/${locale}/account`)
}

export function meta({ data }: Route.MetaArgs) {
  return [{ title: data?.locale === "en" ? "Create an account · OCOP Hanoi" : "Tạo tài khoản · OCOP Hà Nội" }, { name: "robots", content: "noindex" }]
}

// In the form's order: the sentence names the fields in it.
const LABELS: Record<string, MessageKey> = {
  first_name: "checkout.firstName",
  last_name: "checkout.lastName",
  email: "checkout.email",
  password: "account.password",
}

export default function RegisterPage({ loaderData, actionData }: Route.ComponentProps) {
  const { locale } = loaderData
  const t = useT()
  const busy = useNavigation().state !== "idle"
  const check = useFormCheck(() => import("../../lib/forms/account-forms").then((m) => m.Register), actionData?.fields)
  const bad = check.fields
  return (
    <section className="account-form">
      <h1>{t("account.register")}</h1>
      <InvalidFields fields={bad} labels={LABELS} />
      {actionData?.taken && <p role="alert" className="error">{t("account.emailTaken")}</p>}
      <Form method="post" className="panel" {...check.form}>
        <div className="row2">
          <Field name="first_name" label={t("checkout.firstName")} autoComplete="given-name" required invalid={bad.includes("first_name")} />
          <Field name="last_name" label={t("checkout.lastName")} autoComplete="family-name" required invalid={bad.includes("last_name")} />
        </div>
        <Field name="email" label={t("checkout.email")} type="email" autoComplete="email" required invalid={bad.includes("email")} />
        <Field name="password" label={t("account.password")} type="password" autoComplete="new-password" minLength={8} required hint={t("account.passwordHint")} invalid={bad.includes("password")} />
        <button type="submit" className="primary" disabled={busy}>{t("account.register")}</button>
      </Form>
      <p>{t("account.haveAccount")} <Link to={`/${locale}/account/login`}>{t("account.login")}</Link></p>
    </section>
  )
}
