import { afterEach, beforeEach, describe, expect, it, vi } from "vitest"
import { createIdleTimer, idleMinutes } from "./idle-timer"

describe("createIdleTimer", () => {
  beforeEach(() => vi.useFakeTimers())
  afterEach(() => vi.useRealTimers())

  it("locks after the idle time, and each activity starts it again", () => {
    const onIdle = vi.fn()
    const timer = createIdleTimer({ timeoutMs: 5 * 60_000, onIdle })
    vi.advanceTimersByTime(4 * 60_000)
    timer.poke()
    vi.advanceTimersByTime(4 * 60_000)
    expect(onIdle).not.toHaveBeenCalled()
    vi.advanceTimersByTime(60_000)
    expect(onIdle).toHaveBeenCalledTimes(1)
  })

  it("does nothing once stopped", () => {
    const onIdle = vi.fn()
    const timer = createIdleTimer({ timeoutMs: 1_000, onIdle })
    timer.stop()
    timer.poke()
    vi.advanceTimersByTime(5_000)
    expect(onIdle).not.toHaveBeenCalled()
  })
})

describe("idleMinutes", () => {
  it("keeps whole minutes from 1 to 120, else 5", () => {
    expect(idleMinutes(10)).toBe(10)
    expect(idleMinutes("3")).toBe(3)
    expect([0, 121, 2.5, "x", undefined].map(idleMinutes)).toEqual([5, 5, 5, 5, 5])
  })
})
