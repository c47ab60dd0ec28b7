import { useI18n } from "../lib/use-t"

/** An OCOP rating as stars, said in words for screen readers. */
export function Stars({ count }: { count: number | null }) {
  const { t } = useI18n()
  if (!count) return null
  return <span className="stars" aria-label={t("stars.label", { count })}>{"★".repeat(count)}</span>
}
