import { useTill } from "../lib/till-context"
import { useI18n } from "../lib/use-t"
import { useSyncProgress } from "../lib/use-sync-progress"

/**
 * What the clerk may still do with no connection: the centre's limit per sale, and how full the
 * queue of unsent sales is against its limit. Shown on the sell and pay screens while offline,
 * and always in the settings.
 */
export function OfflineNote({ always = false }: { always?: boolean }) {
  const { t, money } = useI18n()
  const { online, limits } = useTill()
  const { pendingSales } = useSyncProgress()
  if (online && !always) return null
  const share = limits.max_queued_sales > 0 ? Math.min(1, pendingSales / limits.max_queued_sales) : 1
  return (
    <div className={`offline-note ${online ? "" : "off"} ${share >= 0.8 ? "near" : ""}`} role="status">
      {!online && <strong>{t("offline.title")}</strong>}
      <span>{t("offline.limits", { amount: money(limits.max_sale_amount), count: pendingSales, max: limits.max_queued_sales })}</span>
      <meter min={0} max={limits.max_queued_sales} low={limits.max_queued_sales * 0.5} high={limits.max_queued_sales * 0.8} optimum={0} value={pendingSales} aria-label={t("settings.offlineQueue", { count: pendingSales, max: limits.max_queued_sales })} />
    </div>
  )
}
