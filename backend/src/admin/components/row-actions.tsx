import { EllipsisHorizontal, PencilSquare, Trash } from "@medusajs/icons"
import { DropdownMenu, IconButton } from "@medusajs/ui"

/** The "…" menu at the end of a table row, as in the dashboard's own lists. */
export function RowActions({ onEdit, onDelete }: { onEdit: () => void; onDelete: () => void }) {
  return (
    // Non-modal: a modal menu that opens a drawer or prompt can leave the page unclickable (a Radix quirk).
    <DropdownMenu modal={false}>
      <DropdownMenu.Trigger asChild>
        <IconButton size="small" variant="transparent" aria-label="Thao tác (Actions)">
          <EllipsisHorizontal />
        </IconButton>
      </DropdownMenu.Trigger>
      <DropdownMenu.Content align="end">
        <DropdownMenu.Item className="gap-x-2" onClick={onEdit}>
          <PencilSquare className="text-ui-fg-subtle" />
          Sửa (Edit)
        </DropdownMenu.Item>
        <DropdownMenu.Separator />
        <DropdownMenu.Item className="gap-x-2" onClick={onDelete}>
          <Trash className="text-ui-fg-subtle" />
          Xoá (Delete)
        </DropdownMenu.Item>
      </DropdownMenu.Content>
    </DropdownMenu>
  )
}
