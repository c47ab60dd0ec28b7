import { useEffect, useRef } from "react"
import { attachWedgeScanner } from "./wedge-scanner"

/** Scans from a keyboard-wedge scanner anywhere on the screen, while `active`. */
export function useWedgeScanner(onScan: (code: string) => void, active = true) {
  const latest = useRef(onScan)
  latest.current = onScan
  useEffect(() => {
    if (!active) return
    return attachWedgeScanner(window, (code) => latest.current(code))
  }, [active])
}
