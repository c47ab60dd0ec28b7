import type { ReactNode } from "react"
import { Text } from "@medusajs/ui"

/** A label/value line in a detail card, laid out like the dashboard's own product sections. */
export function SectionRow({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="text-ui-fg-subtle grid grid-cols-2 items-start gap-x-4 px-6 py-3">
      <Text size="small" weight="plus" leading="compact">
        {label}
      </Text>
      <div className="txt-small text-ui-fg-base">{children ?? "—"}</div>
    </div>
  )
}
