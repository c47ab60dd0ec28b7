import { useSearchParams } from "react-router-dom"
import { Tabs } from "@medusajs/ui"

type Filter<T extends string> = { value: T; label: string }

/**
 * A list's status filter, kept in the URL (?status=…) so a reload, a shared link or coming back
 * from a record opened from the list keeps the tab staff were on. The default tab has no parameter.
 */
export function useStatusParam<T extends string>(filters: Filter<T>[], fallback: T) {
  const [params, setParams] = useSearchParams()
  const isFilter = (value: string): value is T => filters.some((f) => f.value === value)
  const requested = params.get("status") ?? fallback
  const filter: T = isFilter(requested) ? requested : fallback
  const setFilter = (value: string) => isFilter(value) && setParams(value === fallback ? {} : { status: value }, { replace: true })
  return [filter, setFilter] as const
}

export function StatusTabs<T extends string>({ filters, value, onChange }: { filters: Filter<T>[]; value: T; onChange: (value: string) => void }) {
  return (
    <div className="px-6 py-3">
      <Tabs value={value} onValueChange={onChange}>
        <Tabs.List>
          {filters.map((f) => (
            <Tabs.Trigger key={f.value} value={f.value}>
              {f.label}
            </Tabs.Trigger>
          ))}
        </Tabs.List>
      </Tabs>
    </div>
  )
}
