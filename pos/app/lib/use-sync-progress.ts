import { useEffect, useState } from "react"
import type { LocalReturn, LocalSale, LocalShiftOpen, SyncRun } from "./db"
import type { SyncState } from "./sync-queue"
import { useLiveQuery } from "./use-live-query"
import { useTill } from "./till-context"

export type SyncProgress = {
  /** Sales (not returns) still to send: what the offline limit counts. */
  pendingSales: number
  pending: number
  failedSales: LocalSale[]
  failedReturns: LocalReturn[]
  /** A shift opened offline that the backend refused (another shift open on this till). */
  failedShifts: LocalShiftOpen[]
  /** Synced sales the backend flagged: sold offline after the stock was gone. */
  conflicts: LocalSale[]
  run: SyncRun | null
  /** "n of m synced" for the run under way: n done, m = n + what is still to send. */
  done: number
  total: number
}

const EMPTY: SyncProgress = { pendingSales: 0, pending: 0, failedSales: [], failedReturns: [], failedShifts: [], conflicts: [], run: null, done: 0, total: 0 }

/**
 * Where the queue stands, read from IndexedDB (Dexie liveQuery), so every tab of the till shows
 * the same progress whichever of them holds the sync lock.
 */
export function useSyncProgress(): SyncProgress {
  const { services } = useTill()
  return useLiveQuery(
    async () => {
      const { db } = services
      const [pendingSales, pendingReturns, pendingShifts, failedSales, failedReturns, failedShifts, conflicts, run] = await Promise.all([
        db.sales.where("status").equals("pending").count(),
        db.returns.where("status").equals("pending").count(),
        db.shiftOpens.where("status").equals("pending").count(),
        db.sales.where("status").equals("failed").sortBy("seq"),
        db.returns.where("status").equals("failed").sortBy("seq"),
        db.shiftOpens.where("status").equals("failed").sortBy("seq"),
        db.sales.where("status").equals("synced").filter((s) => Boolean(s.sale?.conflict) && s.sale?.conflict?.status !== "resolved").toArray(),
        db.read("sync_run"),
      ])
      const pending = pendingSales + pendingReturns + pendingShifts
      const done = run && (run.finished_at === null || pending > 0) ? run.done : 0
      return { pendingSales, pending, failedSales, failedReturns, failedShifts, conflicts, run: run ?? null, done, total: done + pending }
    },
    [services],
    EMPTY,
  )
}

/** The queue of this tab (running, signed out); the other tabs' work shows through useSyncProgress. */
export function useQueueState(): SyncState {
  const { services } = useTill()
  const [state, setState] = useState(services.queue.state)
  useEffect(() => {
    const off = services.queue.subscribe(setState)
    return () => {
      off()
    }
  }, [services])
  return state
}
