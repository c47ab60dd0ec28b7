import { data, Form, redirect, useNavigation } from "react-router"
import { Field } from "../../components/field"
import { InvalidFields } from "../../components/invalid-fields"
import { ResetAction } from "../../lib/forms/account-forms"
import { formObject } from "../../lib/forms/form-object"
import { useFormCheck } from "../../lib/forms/use-form-check"
import type { MessageKey } from "../../lib/i18n"
import { localeOf, producerFetch, ProducerRefusal } from "../../lib/producer.server"
import { useT } from "../../lib/use-t"
import type { Route } from "./+types/producer.reset-password"

/**
 * As the shoppers' page: ask for a link (the answer is the same whether the address is a
 * producer login or not), then, from the e-mailed link (?token=&email=), a new password.
 */
export function loader({ params, request }: Route.LoaderArgs) {
  const url = new URL(request.url)
  return { locale: localeOf(params.lang), token: url.searchParams.get("token"), email: url.searchParams.get("email") }
}

export async function action({ request, params }: Route.ActionArgs) {
  const locale = localeOf(params.lang)
  const parsed = ResetAction.safeParse(formObject(await request.formData()))
  if (!parsed.success) return data({ sent: false, expired: false, fields: parsed.error.issues.map((i) => i.message) }, { status: 400 })
  const input = parsed.data
  if (input.intent === "request") {
    await producerFetch(request, locale, "/auth/producer/emailpass/reset-password", { method: "POST", body: { identifier: input.email } }).catch((e) => {
      // Whatever the backend says about the address stays unsaid; only "it did not answer" is told.
      if (!(e instanceof ProducerRefusal) || e.refused.status === 503) throw e
    })
    return { sent: true, expired: false, fields: [] as string[] }
  }
  try {
    await producerFetch(request, locale, "/auth/producer/emailpass/update", { method: "POST", token: input.token, loginOn401: false, body: { password: input.password } })
  } catch (error) {
    if (!(error instanceof ProducerRefusal)) throw error
    return data({ sent: false, expired: true, fields: [] as string[] }, { status: 400 })
  }
  return redirect(`/${locale}/producer/login?reset=done`)
}

export function meta({ data }: Route.MetaArgs) {
  return [{ title: data?.locale === "en" ? "Reset your password · OCOP producers" : "Lấy lại mật khẩu · Nhà sản xuất OCOP" }, { name: "robots", content: "noindex" }]
}

const LABELS: Record<string, MessageKey> = { email: "producer.field.email", password: "account.resetNew", confirm: "account.confirm" }

export default function ProducerResetPage({ loaderData, actionData }: Route.ComponentProps) {
  const { token, email } = loaderData
  const t = useT()
  const busy = useNavigation().state !== "idle"
  const check = useFormCheck(() => import("../../lib/forms/account-forms").then((m) => m.ResetAction), actionData?.fields)
  const bad = check.fields
  // The link's token and e-mail are hidden fields: a wrong one is a bad link, not the producer's to fix.
  const fromLink = token && email ? ["token", "email"] : []
  return (
    <section className="account-form producer-page">
      <p className="kind">{t("producer.area")}</p>
      <h1>{t("account.resetTitle")}</h1>
      {actionData?.sent && <p role="status" className="ok">{t("account.resetSent")}</p>}
      {(actionData?.expired || bad.some((f) => fromLink.includes(f))) && <p role="alert" className="error">{t("account.resetExpired")}</p>}
      <InvalidFields fields={bad.filter((f) => !fromLink.includes(f))} labels={LABELS} />
      {token && email ? (
        <Form method="post" className="panel" {...check.form}>
          <input type="hidden" name="intent" value="reset" />
          <input type="hidden" name="token" value={token} />
          <input type="hidden" name="email" value={email} />
          <Field name="password" label={t("account.resetNew")} type="password" autoComplete="new-password" minLength={8} required hint={t("account.passwordHint")} invalid={bad.includes("password")} />
          <Field name="confirm" label={t("account.confirm")} type="password" autoComplete="new-password" minLength={8} required invalid={bad.includes("confirm")} />
          <button type="submit" className="primary" disabled={busy}>{t("account.resetSave")}</button>
        </Form>
      ) : (
        <Form method="post" className="panel" {...check.form}>
          <input type="hidden" name="intent" value="request" />
          <Field name="email" label={t("producer.field.email")} type="email" autoComplete="username" required invalid={bad.includes("email")} />
          <button type="submit" className="primary" disabled={busy}>{t("account.resetSend")}</button>
        </Form>
      )}
    </section>
  )
}

export { ProducerErrorBoundary as ErrorBoundary } from "../../components/producer-error"
