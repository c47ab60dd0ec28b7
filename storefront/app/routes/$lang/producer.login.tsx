import { data, Form, Link, useNavigation } from "react-router"
import { Field } from "../../components/field"
import { InvalidFields } from "../../components/invalid-fields"
import { formObject } from "../../lib/forms/form-object"
import { ProducerLogin } from "../../lib/forms/producer-forms"
import { useFormCheck } from "../../lib/forms/use-form-check"
import type { MessageKey } from "../../lib/i18n"
import { localeOf, logInProducer, producerNext, refusalOf, startProducerSession } from "../../lib/producer.server"
import { useT } from "../../lib/use-t"
import type { Route } from "./+types/producer.login"

export function loader({ params, request }: Route.LoaderArgs) {
  const locale = localeOf(params.lang)
  const url = new URL(request.url)
  return { locale, next: producerNext(url.searchParams.get("next"), locale), reset: url.searchParams.get("reset") === "done" }
}

export async function action({ request, params }: Route.ActionArgs) {
  const locale = localeOf(params.lang)
  const form = formObject(await request.formData())
  const parsed = ProducerLogin.safeParse(form)
  if (!parsed.success) return data({ wrong: false, fields: parsed.error.issues.map((i) => i.message), error: null as string | null }, { status: 400 })
  let login: Awaited<ReturnType<typeof logInProducer>>
  try {
    login = await logInProducer(request, locale, parsed.data.email, parsed.data.password)
  } catch (error) {
    const refused = refusalOf(error)
    return data({ wrong: false, fields: [] as string[], error: refused.message }, { status: refused.status })
  }
  if (!login) return data({ wrong: true, fields: [] as string[], error: null }, { status: 401 })
  return startProducerSession(request, login, producerNext(form.next ?? null, locale))
}

export function meta({ data }: Route.MetaArgs) {
  return [{ title: data?.locale === "en" ? "Producer login · OCOP Hanoi" : "Đăng nhập nhà sản xuất · OCOP Hà Nội" }, { name: "robots", content: "noindex" }]
}

const LABELS: Record<string, MessageKey> = { email: "producer.field.email", password: "account.password" }

export default function ProducerLoginPage({ loaderData, actionData }: Route.ComponentProps) {
  const { locale, next, reset } = loaderData
  const t = useT()
  const busy = useNavigation().state !== "idle"
  const check = useFormCheck(() => import("../../lib/forms/producer-forms").then((m) => m.ProducerLogin), actionData?.fields)
  const bad = check.fields
  return (
    <section className="account-form producer-page">
      <p className="kind">{t("producer.area")}</p>
      <h1>{t("producer.loginTitle")}</h1>
      <p className="muted">{t("producer.loginLead")}</p>
      {reset && <p role="status" className="ok">{t("account.resetDone")}</p>}
      <InvalidFields fields={bad} labels={LABELS} />
      {actionData?.wrong && <p role="alert" className="error">{t("producer.badLogin")}</p>}
      {actionData?.error && <p role="alert" className="error">{actionData.error}</p>}
      <Form method="post" className="panel" {...check.form}>
        <input type="hidden" name="next" value={next} />
        <Field name="email" label={t("producer.field.email")} type="email" autoComplete="username" inputMode="email" required invalid={bad.includes("email")} />
        <Field name="password" label={t("account.password")} type="password" autoComplete="current-password" required invalid={bad.includes("password")} />
        <button type="submit" className="primary" disabled={busy}>{t("account.login")}</button>
      </Form>
      <p><Link to={`/${locale}/producer/reset-password`}>{t("account.forgot")}</Link></p>
      <p className="muted">{t("producer.noAccount")}</p>
      <p><Link to={`/${locale}/account/login`}>{t("producer.shopperLogin")}</Link></p>
    </section>
  )
}

export { ProducerErrorBoundary as ErrorBoundary } from "../../components/producer-error"
