/**
 * Locks the till after `timeoutMs` with no touch, click or key. `poke()` on every activity; the
 * clock and timers are injectable so the timing is tested without waiting.
 */
export type IdleTimerOptions = {
  timeoutMs: number
  onIdle: () => void
  setTimer?: (fn: () => void, ms: number) => unknown
  clearTimer?: (handle: unknown) => void
}

export const DEFAULT_IDLE_MINUTES = 5

export function createIdleTimer({ timeoutMs, onIdle, setTimer = (fn, ms) => setTimeout(fn, ms), clearTimer = (h) => clearTimeout(h as ReturnType<typeof setTimeout>) }: IdleTimerOptions) {
  let handle: unknown = null
  let stopped = false
  const arm = () => {
    if (handle !== null) clearTimer(handle)
    handle = stopped ? null : setTimer(() => {
      handle = null
      onIdle()
    }, timeoutMs)
  }
  arm()
  return {
    poke: arm,
    stop() {
      stopped = true
      if (handle !== null) clearTimer(handle)
      handle = null
    },
  }
}

/** Minutes as a clerk sets them: whole minutes from 1 to 120, else the default. */
export function idleMinutes(value: unknown): number {
  const n = Number(value)
  return Number.isInteger(n) && n >= 1 && n <= 120 ? n : DEFAULT_IDLE_MINUTES
}
