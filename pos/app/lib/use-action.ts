import { useCallback, useState } from "react"
import { errorSentence } from "./errors"
import { useI18n } from "./use-t"

/**
 * A button's work against the backend: busy while it runs, and what went wrong said as a
 * sentence in the clerk's language. The one way the screens call the API on a tap.
 */
export function useAction() {
  const { t } = useI18n()
  const [busy, setBusy] = useState(false)
  const [problem, setProblem] = useState<string | null>(null)
  const run = useCallback(
    async (work: () => Promise<void>) => {
      setBusy(true)
      setProblem(null)
      try {
        await work()
      } catch (e) {
        setProblem(errorSentence(e, t))
      } finally {
        setBusy(false)
      }
    },
    [t],
  )
  return { busy, problem, setProblem, run }
}
