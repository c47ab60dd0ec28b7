import { ApiError, NetworkError } from "./api/client"
import type { Translate } from "./i18n"

/**
 * Every error a clerk sees is a sentence in their language: the backend's own `sentence` when it
 * sent one (asked for with ?locale=), else one of ours for the status, never a stack trace.
 */
export function errorSentence(error: unknown, t: Translate): string {
  if (error instanceof ApiError) {
    if (error.sentence) return error.sentence
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
