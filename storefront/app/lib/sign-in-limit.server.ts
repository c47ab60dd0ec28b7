import type { Translate } from "./i18n"

/**
 * The backend's login rate limit (decision 25) answers a sign-in 429 with Retry-After, without
 * checking the password: that is not a wrong password, and the person must hear when to try again.
 */
export class TooManySignIns extends Error {
  constructor(readonly retryAfterSeconds: number) {
    super(`Too many failed sign-ins; try again in ${retryAfterSeconds} s.`)
  }
}

/** Seconds to wait, from the 429's Retry-After header (a number of seconds); a minute when it has none. */
export function retryAfterOf(res: Response): number {
  const seconds = Number(res.headers.get("retry-after"))
  return Number.isFinite(seconds) && seconds > 0 ? seconds : 60
}

export function tooManySentence(t: Translate, seconds: number): string {
  const minutes = Math.max(1, Math.ceil(seconds / 60))
  return minutes === 1 ? t("account.tooManyMinute") : t("account.tooMany", { minutes })
}
