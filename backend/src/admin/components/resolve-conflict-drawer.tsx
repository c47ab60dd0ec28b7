import { toast } from "@medusajs/ui"
import { formatMoney } from "@ocop/money"
import type { PosConflict } from "../lib/ocop-types"
import { useOcopMutation } from "../lib/queries"
import { posConflictsApi } from "../lib/sdk"
import { useFormValues } from "../lib/use-form-values"
import { TextareaField } from "./form-fields"
import { FormDrawer } from "./form-drawer"

type Props = {
  open: boolean
  onOpenChange: (open: boolean) => void
  conflict: PosConflict | null
}

/** Closes a stock conflict with a note saying what was done (stock counted, goods moved, …). */
export function ResolveConflictDrawer({ open, onOpenChange, conflict }: Props) {
  const { values, bind } = useFormValues(() => ({ note: "" }), open)
  const close = () => onOpenChange(false)
  const resolve = useOcopMutation((note: string) => posConflictsApi.resolve(conflict!.sale_id, note), {
    successMessage: "Đã xử lý xung đột (Conflict resolved)",
    onDone: close,
  })
  const onSubmit = () => {
    if (!values.note.trim()) {
      toast.error("Hãy ghi cách đã xử lý (Say how it was resolved)")
      return
    }
    resolve.mutate(values.note.trim())
  }
  return (
    <FormDrawer
      open={open}
      onOpenChange={onOpenChange}
      title={`Xử lý ${conflict?.receipt_number ?? ""} (Resolve)`}
      description={conflict ? `${conflict.centre?.name_vi ?? ""} · ${formatMoney(conflict.total, "vnd", "vi")}` : undefined}
      onSubmit={onSubmit}
      submitting={resolve.isPending}
    >
      <TextareaField
        label="Ghi chú (Note)"
        required
        placeholder="Đã kiểm kho, chuyển 2 sản phẩm từ Vạn Phúc (Counted; moved 2 from Van Phuc)"
        {...bind("note")}
      />
    </FormDrawer>
  )
}
