import { ApiError, NetworkError } from "./api/client"
import type { Translate } from "./i18n"

/**
 * Every error a clerk sees is a sentence in their language: the backend's own `sentence` when it
 * sent one (asked for with ?locale=), else one of ours for the status, never a stack trace.
 */
export function errorSentence(error: unknown, t: Translate): string {
  if (error instanceof ApiError) {
    if (error.sentence) return error.sentence
    const wait = tooManySignInsWait(error)
    if (wait !== null) return wait <= 60 ? t("signIn.tooManyMinute") : t("signIn.tooMany", { minutes: Math.ceil(wait / 60) })
    if (error.status === 401) return t("error.unauthorized")
    if (error.status === 403) return t("error.forbidden")
    if (error.status === 404) return t("error.notFound")
    if (error.status >= 500) return t("error.server")
    return t("error.refused")
  }
  if (error instanceof NetworkError) return t("error.offline")
  console.error(error)
  return t("error.general")
}

/** Seconds the backend's login rate limit (decision 25) asks to wait, when this is its 429. */
function tooManySignInsWait(error: ApiError): number | null {
  const body = error.body as { type?: unknown; retry_after_seconds?: unknown } | null
  if (error.status !== 429 || body?.type !== "too_many_attempts") return null
  return typeof body.retry_after_seconds === "number" ? body.retry_after_seconds : 60
}
