/**
 * Keyboard-wedge barcode scanners type a code as keystrokes, far faster than a person (a few
 * milliseconds apart), then Enter (or Tab). A burst of at least `minLength` characters, each
 * within `maxGapMs` of the one before, ended by a terminator within the same gap, is a scan;
 * anything slower is a person typing and is left alone.
 */
export type WedgeOptions = { maxGapMs?: number; minLength?: number; terminators?: readonly string[] }
export type KeyInput = { key: string; time: number; ctrlKey?: boolean; altKey?: boolean; metaKey?: boolean }

export function createWedgeDetector({ maxGapMs = 50, minLength = 4, terminators = ["Enter", "Tab"] }: WedgeOptions = {}) {
  let buffer = ""
  let last = Number.NEGATIVE_INFINITY
  const reset = () => {
    buffer = ""
    last = Number.NEGATIVE_INFINITY
  }
  return {
    /** One keydown; answers the code when this key ends a scan. */
    feed(e: KeyInput): string | null {
      if (e.ctrlKey || e.altKey || e.metaKey) {
        reset()
        return null
      }
      const quick = e.time - last <= maxGapMs
      if (terminators.includes(e.key)) {
        const code = quick && buffer.length >= minLength ? buffer : null
        reset()
        return code
      }
      // Shift and other keys without a character (scanners send Shift for capitals) neither add nor break a burst.
      if (e.key.length !== 1) return null
      buffer = quick ? buffer + e.key : e.key
      last = e.time
      return null
    },
    /** How many characters of a possible scan are buffered (for tests and diagnostics). */
    get pending() {
      return buffer.length
    },
    reset,
  }
}

/**
 * Listens for scans anywhere on a page (keydown, capture phase, so a focused input cannot hide
 * them) and stops the terminating Enter from submitting a form. The characters themselves still
 * reach a focused input; the caller takes them back out (see useWedgeScanner).
 */
export function attachWedgeScanner(target: EventTarget, onScan: (code: string) => void, options?: WedgeOptions): () => void {
  const detector = createWedgeDetector(options)
  const listener = (event: Event) => {
    const e = event as KeyboardEvent
    const code = detector.feed({ key: e.key, time: e.timeStamp, ctrlKey: e.ctrlKey, altKey: e.altKey, metaKey: e.metaKey })
    if (code === null) return
    e.preventDefault()
    e.stopPropagation()
    onScan(code)
  }
  target.addEventListener("keydown", listener, { capture: true })
  return () => target.removeEventListener("keydown", listener, { capture: true })
}
