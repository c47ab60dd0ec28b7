import { data, Form, Link, useNavigation } from "react-router"
import { Field } from "../../components/field"
import { InvalidFields } from "../../components/invalid-fields"
import { logIn, safeNext, startSession } from "../../lib/customer.server"
import { formObject } from "../../lib/forms/cart-forms"
import { Login } from "../../lib/forms/account-forms"
import { useFormCheck } from "../../lib/forms/use-form-check"
import { TooManySignIns, tooManySentence } from "../../lib/sign-in-limit.server"
import type { MessageKey } from "../../lib/i18n"
import { translator } from "../../lib/messages.server"
import { isLocale, type Locale } from "../../lib/locale"
import { useT } from "../../lib/use-t"
import type { Route } from "./+types/account.login"

export function loader({ params, request }: Route.LoaderArgs) {
  const locale = (isLocale(params.lang) ? params.lang : "vi") as Locale
  const url = new URL(request.url)
  return { locale, next: safeNext(url.searchParams.get("next"), locale), reset: url.searchParams.get("reset") === "done" }
}

export async function action({ request, params }: Route.ActionArgs) {
  const locale = (isLocale(params.lang) ? params.lang : "vi") as Locale
  const form = formObject(await request.formData())
  const parsed = Login.safeParse(form)
  if (!parsed.success) return data({ wrong: false, fields: parsed.error.issues.map((i) => i.message), error: null as string | null }, { status: 400 })
  let token: string | null
  try {
    token = await logIn(parsed.data)
  } catch (error) {
    if (!(error instanceof TooManySignIns)) throw error
    return data({ wrong: false, fields: [] as string[], error: tooManySentence(translator(locale), error.retryAfterSeconds) }, { status: 429 })
  }
  if (!token) return data({ wrong: true, fields: [] as string[], error: null }, { status: 401 })
  return startSession(request, token, safeNext(form.next ?? null, locale))
}

export function meta({ data }: Route.MetaArgs) {
  return [{ title: data?.locale === "en" ? "Log in · OCOP Hanoi" : "Đăng nhập · OCOP Hà Nội" }, { name: "robots", content: "noindex" }]
}

const LABELS: Record<string, MessageKey> = { email: "checkout.email", password: "account.password" }

export default function LoginPage({ loaderData, actionData }: Route.ComponentProps) {
  const { locale, next, reset } = loaderData
  const t = useT()
  const busy = useNavigation().state !== "idle"
  const check = useFormCheck(() => import("../../lib/forms/account-forms").then((m) => m.Login), actionData?.fields)
  const bad = check.fields
  return (
    <section className="account-form">
      <h1>{t("account.login")}</h1>
      {reset && <p role="status" className="ok">{t("account.resetDone")}</p>}
      <InvalidFields fields={bad} labels={LABELS} />
      {actionData?.wrong && <p role="alert" className="error">{t("account.badLogin")}</p>}
      {actionData?.error && <p role="alert" className="error">{actionData.error}</p>}
      <Form method="post" className="panel" {...check.form}>
        <input type="hidden" name="next" value={next} />
        <Field name="email" label={t("checkout.email")} type="email" autoComplete="email" required invalid={bad.includes("email")} />
        <Field name="password" label={t("account.password")} type="password" autoComplete="current-password" required invalid={bad.includes("password")} />
        <button type="submit" className="primary" disabled={busy}>{t("account.login")}</button>
      </Form>
      <p><Link to={`/${locale}/account/reset-password`}>{t("account.forgot")}</Link></p>
      <p>{t("account.noAccount")} <Link to={`/${locale}/account/register`}>{t("account.register")}</Link></p>
    </section>
  )
}
