import { useEffect, useState } from "react"
import { Link } from "react-router"
import { useLiveQuery } from "../lib/use-live-query"
import { useTill } from "../lib/till-context"
import { useI18n } from "../lib/use-t"

/** How the sales queue stands: all sent, some waiting (offline or retrying), or refused ones to resolve. */
export function SyncBadge() {
  const { t } = useI18n()
  const { services, online } = useTill()
  const counts = useLiveQuery(
    async () => ({
      pending: await services.db.sales.where("status").equals("pending").count(),
      failed: await services.db.sales.where("status").equals("failed").count(),
    }),
    [services],
    { pending: 0, failed: 0 },
  )
  const [state, setState] = useState(services.queue.state)
  useEffect(() => {
    const off = services.queue.subscribe(setState)
    return () => {
      off()
    }
  }, [services])
  const kind = counts.failed > 0 ? "failed" : counts.pending > 0 ? "pending" : "synced"
  const label =
    kind === "failed" ? t("sync.failed", { count: counts.failed })
    : kind === "pending" ? (state.authLost ? t("sync.authLost", { count: counts.pending }) : t(online ? "sync.pending" : "sync.offline", { count: counts.pending }))
    : t("sync.synced")
  return (
    <Link to="/sales" className={`sync-badge ${kind}`} title={label}>
      <span className={online ? "net on" : "net off"} aria-hidden />
      {state.running && kind === "pending" ? t("sync.sending") : label}
    </Link>
  )
}
