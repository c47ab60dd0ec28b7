import { data, Form, useNavigation } from "react-router"
import { Field } from "../../components/field"
import { InvalidFields } from "../../components/invalid-fields"
import { formObject } from "../../lib/forms/form-object"
import { AcceptInvite } from "../../lib/forms/producer-forms"
import { useFormCheck } from "../../lib/forms/use-form-check"
import type { MessageKey } from "../../lib/i18n"
import { localeOf, logInProducer, producerFetch, refusalOf, startProducerSession } from "../../lib/producer.server"
import { useT } from "../../lib/use-t"
import type { Route } from "./+types/producer.accept-invite"

export function loader({ params, request }: Route.LoaderArgs) {
  return { locale: localeOf(params.lang), token: new URL(request.url).searchParams.get("token") }
}

/** The invitation's token is the credential: set a password, then sign in with the e-mail it answers. */
export async function action({ request, params }: Route.ActionArgs) {
  const locale = localeOf(params.lang)
  const parsed = AcceptInvite.safeParse(formObject(await request.formData()))
  if (!parsed.success) return data({ error: null, fields: parsed.error.issues.map((i) => i.message) }, { status: 400 })
  const { token, password } = parsed.data
  let email: string
  try {
    const res = await producerFetch(request, locale, "/producer-invites/accept", { method: "POST", body: { token, password } })
    ;({ email } = (await res.json()) as { email: string })
  } catch (error) {
    const refused = refusalOf(error)
    return data({ error: refused.message, fields: [] as string[] }, { status: refused.status })
  }
  const login = await logInProducer(request, locale, email, password)
  if (!login) return data({ error: null, fields: [] as string[] }, { status: 401 })
  return startProducerSession(request, login, `/${locale}/producer`)
}

export function meta({ data }: Route.MetaArgs) {
  return [{ title: data?.locale === "en" ? "Accept your invitation · OCOP producers" : "Nhận lời mời · Nhà sản xuất OCOP" }, { name: "robots", content: "noindex" }]
}

const LABELS: Record<string, MessageKey> = { password: "producer.field.password", confirm: "producer.field.confirm" }

export default function AcceptInvitePage({ loaderData, actionData }: Route.ComponentProps) {
  const { token } = loaderData
  const t = useT()
  const busy = useNavigation().state !== "idle"
  const check = useFormCheck(() => import("../../lib/forms/producer-forms").then((m) => m.AcceptInvite), actionData?.fields)
  const bad = check.fields
  return (
    <section className="account-form producer-page">
      <p className="kind">{t("producer.area")}</p>
      <h1>{t("producer.inviteTitle")}</h1>
      {!token || bad.includes("token") ? (
        <p role="alert" className="error">{t("producer.inviteMissing")}</p>
      ) : (
        <>
          <p>{t("producer.inviteLead")}</p>
          {actionData?.error && <p role="alert" className="error">{actionData.error}</p>}
          <InvalidFields fields={bad} labels={LABELS} />
          <Form method="post" className="panel" {...check.form}>
            <input type="hidden" name="token" value={token} />
            <Field name="password" label={t("account.password")} type="password" autoComplete="new-password" minLength={8} required hint={t("account.passwordHint")} invalid={bad.includes("password")} />
            <Field name="confirm" label={t("account.confirm")} type="password" autoComplete="new-password" minLength={8} required invalid={bad.includes("confirm")} />
            <button type="submit" className="primary" disabled={busy}>{t("producer.inviteSave")}</button>
          </Form>
        </>
      )}
    </section>
  )
}

export { ProducerErrorBoundary as ErrorBoundary } from "../../components/producer-error"
