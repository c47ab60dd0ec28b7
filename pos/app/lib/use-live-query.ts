import { liveQuery } from "dexie"
import { useEffect, useState } from "react"

/** A Dexie query that re-renders when the rows it read change (the sync badge, the history). */
export function useLiveQuery<T>(query: () => Promise<T>, deps: readonly unknown[], initial: T): T {
  const [value, setValue] = useState<T>(initial)
  useEffect(() => {
    const subscription = liveQuery(query).subscribe({ next: setValue, error: (e) => console.error(e) })
    return () => subscription.unsubscribe()
  }, deps)
  return value
}
