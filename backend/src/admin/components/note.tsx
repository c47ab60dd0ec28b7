import type { ReactNode } from "react"
import { Text } from "@medusajs/ui"
import { errorMessage } from "../lib/sdk"

/** A quiet line of text in a card: loading, empty list, or a load error. */
export function Note({ children }: { children: ReactNode }) {
  return (
    <div className="px-6 py-4">
      <Text size="small" className="text-ui-fg-subtle">
        {children}
      </Text>
    </div>
  )
}

/** The loading / error / empty states every OCOP list shares. */
export function ListState({ isPending, error, empty }: { isPending: boolean; error: unknown; empty: boolean }) {
  if (isPending) return <Note>Đang tải… (Loading)</Note>
  if (error) return <Note>{errorMessage(error)}</Note>
  if (empty) return <Note>Chưa có dữ liệu (Nothing here yet)</Note>
  return null
}
