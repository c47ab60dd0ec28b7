import { useState } from "react"

/**
 * String-valued form state that resets to `initial()` each time the drawer opens, so reopening
 * shows the saved record rather than an abandoned edit. The reset happens during render (React's
 * "adjust state when a prop changes" pattern) so the drawer never shows the previous record's
 * values for a frame.
 */
export function useFormValues<T extends Record<string, string>>(initial: () => T, open: boolean) {
  const [values, setValues] = useState<T>(initial)
  const [wasOpen, setWasOpen] = useState(open)

  if (open !== wasOpen) {
    setWasOpen(open)
    if (open) setValues(initial())
  }

  const set = <K extends keyof T>(key: K, value: T[K]) =>
    setValues((prev) => ({ ...prev, [key]: value }))

  /** Spread onto a field: `<TextField {...bind("name")} />`. */
  const bind = <K extends keyof T>(key: K) => ({
    value: values[key],
    onChange: (value: string) => set(key, value as T[K]),
  })

  return { values, set, bind }
}
