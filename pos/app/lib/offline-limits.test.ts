import { describe, expect, it } from "vitest"
import { ME } from "../../test/mocks/pos-records"
import { DEFAULT_OFFLINE_LIMITS, offlineLimits, offlineRefusal } from "./offline-limits"

describe("offline limits", () => {
  it("reads the centre's limits from /pos/me, with 10,000,000 ₫ and 300 sales when absent", () => {
    expect(offlineLimits({ settings: { return_window_days: 30, offline: { max_sale_amount: 2_000_000, max_queued_sales: 5 } } })).toEqual({ max_sale_amount: 2_000_000, max_queued_sales: 5 })
    expect(offlineLimits({ settings: { return_window_days: 30 } })).toEqual(DEFAULT_OFFLINE_LIMITS)
    expect(offlineLimits({ settings: { return_window_days: 30, offline: { max_queued_sales: 50 } } })).toEqual({ max_sale_amount: 10_000_000, max_queued_sales: 50 })
    expect(offlineLimits(ME)).toEqual({ max_sale_amount: 10_000_000, max_queued_sales: 300 })
  })

  it("refuses an offline sale above the amount, or with the queue full; never online", () => {
    const limits = { max_sale_amount: 1_000_000, max_queued_sales: 3 }
    expect(offlineRefusal({ offline: true, total: 1_000_000, queued: 2, limits })).toBeNull()
    expect(offlineRefusal({ offline: true, total: 1_000_001, queued: 0, limits })).toEqual({ kind: "amount", max: 1_000_000 })
    expect(offlineRefusal({ offline: true, total: 10, queued: 3, limits })).toEqual({ kind: "queue", max: 3 })
    expect(offlineRefusal({ offline: false, total: 9_999_999_999, queued: 999, limits })).toBeNull()
  })
})
