import { useState } from "react"
import { useNavigate, useSearchParams } from "react-router"
import { ApiError } from "../lib/api/client"
import { errorSentence } from "../lib/errors"
import { formValues, invalidFields, SignIn } from "../lib/forms/till-forms"
import { tillServices } from "../lib/services"
import { useI18n } from "../lib/use-t"

/** Clerks are Medusa users: e-mail and password give a token; /pos/me says they work a till, and where. */
export default function SignInPage() {
  const { t, locale, setLocale } = useI18n()
  const navigate = useNavigate()
  const [params] = useSearchParams()
  const [problem, setProblem] = useState<string | null>(params.get("expired") ? t("signIn.expired") : null)
  const [invalid, setInvalid] = useState<string[]>([])
  const [busy, setBusy] = useState(false)

  async function submit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault()
    const parsed = SignIn.safeParse(formValues(e.currentTarget))
    if (!parsed.success) {
      setInvalid(invalidFields(parsed.error))
      setProblem(t("signIn.check"))
      return
    }
    setInvalid([])
    setBusy(true)
    setProblem(null)
    const { api, db, session } = tillServices()
    try {
      const { token } = await api.signIn(parsed.data.email, parsed.data.password)
      session.token = token
      const me = await api.me()
      await db.write("token", token)
      await db.write("me", me)
      await db.write("locked", false)
      navigate("/sell", { replace: true })
    } catch (error) {
      session.token = null
      if (error instanceof ApiError && error.status === 401 && !error.sentence) setProblem(t("signIn.wrong"))
      else if (error instanceof ApiError && error.status === 403 && !error.sentence) setProblem(t("signIn.notClerk"))
      else setProblem(errorSentence(error, t))
    } finally {
      setBusy(false)
    }
  }

  return (
    <main className="centre-page sign-in">
      <form className="card" onSubmit={submit} noValidate>
        <h1>OCOP POS</h1>
        <p className="lead">{t("signIn.lead")}</p>
        <label>
          {t("signIn.email")}
          <input name="email" type="email" autoComplete="username" inputMode="email" required aria-invalid={invalid.includes("email")} />
        </label>
        <label>
          {t("signIn.password")}
          <input name="password" type="password" autoComplete="current-password" required aria-invalid={invalid.includes("password")} />
        </label>
        <p className="error" role="alert">{problem ?? "\u00a0"}</p>
        <button className="button primary big" disabled={busy}>{busy ? t("signIn.busy") : t("signIn.submit")}</button>
        <button type="button" className="button ghost" onClick={() => setLocale(locale === "vi" ? "en" : "vi")}>{t("nav.language")}</button>
      </form>
    </main>
  )
}
