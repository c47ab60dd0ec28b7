import { data, Form, redirect, useNavigation } from "react-router"
import { Field } from "../../components/field"
import { InvalidFields } from "../../components/invalid-fields"
import { formObject } from "../../lib/forms/cart-forms"
import { ResetAction } from "../../lib/forms/account-forms"
import { useFormCheck } from "../../lib/forms/use-form-check"
import type { MessageKey } from "../../lib/i18n"
import { isLocale, type Locale } from "../../lib/locale"
import { bearer, sdk } from "../../lib/medusa.server"
import { useT } from "../../lib/use-t"
import type { Route } from "./+types/account.reset-password"

/**
 * Two steps on one page: ask for a link (Medusa e-mails a token; the answer is the same whether
 * the address has an account or not), then, opened from that link (?token=&email=), a new password.
 */
export function loader({ params, request }: Route.LoaderArgs) {
  const url = new URL(request.url)
  return {
    locale: (isLocale(params.lang) ? params.lang : "vi") as Locale,
    token: url.searchParams.get("token"),
    email: url.searchParams.get("email"),
  }
}

export async function action({ request, params }: Route.ActionArgs) {
  const locale = (isLocale(params.lang) ? params.lang : "vi") as Locale
  const parsed = ResetAction.safeParse(formObject(await request.formData()))
  if (!parsed.success) return data({ sent: false, expired: false, fields: parsed.error.issues.map((i) => i.message) }, { status: 400 })
  const input = parsed.data
  if (input.intent === "request") {
    await sdk.client.fetch("/auth/customer/emailpass/reset-password", { method: "POST", body: { identifier: input.email } }).catch(() => undefined)
    return { sent: true, expired: false, fields: [] as string[] }
  }
  try {
    await sdk.client.fetch("/auth/customer/emailpass/update", { method: "POST", headers: bearer(input.token), body: { email: input.email, password: input.password } })
  } catch {
    return data({ sent: false, expired: true, fields: [] as string[] }, { status: 400 })
  }
  return redirect(`/${locale}/account/login?reset=done`)
}

export function meta({ data }: Route.MetaArgs) {
  return [{ title: data?.locale === "en" ? "Reset your password · OCOP Hanoi" : "Lấy lại mật khẩu · OCOP Hà Nội" }, { name: "robots", content: "noindex" }]
}

const LABELS: Record<string, MessageKey> = { email: "checkout.email", password: "account.resetNew", confirm: "account.confirm" }

export default function ResetPasswordPage({ loaderData, actionData }: Route.ComponentProps) {
  const { token, email } = loaderData
  const t = useT()
  const busy = useNavigation().state !== "idle"
  const check = useFormCheck(() => import("../../lib/forms/account-forms").then((m) => m.ResetAction), actionData?.fields)
  const bad = check.fields
  // The link's token and e-mail are hidden fields, not the shopper's to fix: a wrong one is a bad link.
  const fromLink = token && email ? ["token", "email"] : []
  const badLink = bad.some((f) => fromLink.includes(f))
  return (
    <section className="account-form">
      <h1>{t("account.resetTitle")}</h1>
      {actionData?.sent && <p role="status" className="ok">{t("account.resetSent")}</p>}
      {(actionData?.expired || badLink) && <p role="alert" className="error">{t("account.resetExpired")}</p>}
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
          <Field name="email" label={t("checkout.email")} type="email" autoComplete="email" required invalid={bad.includes("email")} />
          <button type="submit" className="primary" disabled={busy}>{t("account.resetSend")}</button>
        </Form>
      )}
    </section>
  )
}
