import { Link } from "react-router"
import { useTill } from "../lib/till-context"
import { useI18n } from "../lib/use-t"
import { useQueueState, useSyncProgress } from "../lib/use-sync-progress"

/** How the queue stands: all sent, some waiting (offline, against the limit), sending n of m, or refused ones to resolve. */
export function SyncBadge() {
  const { t } = useI18n()
  const { online, limits } = useTill()
  const progress = useSyncProgress()
  const state = useQueueState()
  const failed = progress.failedSales.length + progress.failedReturns.length
  const kind = failed > 0 ? "failed" : progress.pending > 0 || !online ? "pending" : "synced"
  const sending = online && progress.pending > 0 && progress.run !== null && progress.run.finished_at === null
  const label =
    kind === "failed" ? t("sync.failed", { count: failed })
    : kind === "pending"
      ? !online ? t("sync.offlineCount", { count: progress.pendingSales, max: limits.max_queued_sales })
      : state.authLost ? t("sync.authLost", { count: progress.pending })
      : sending ? t("sync.progress", { done: progress.done, total: progress.total })
      : t("sync.pending", { count: progress.pending })
    : t("sync.synced")
  return (
    <Link to="/sales" className={`sync-badge ${kind}`} title={label}>
      <span className={online ? "net on" : "net off"} aria-hidden />
      {label}
    </Link>
  )
}
