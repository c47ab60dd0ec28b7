import { useState } from "react"
import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ExclamationCircle } from "@medusajs/icons"
import { Button, Container, Heading, StatusBadge, Table, Text } from "@medusajs/ui"
import { formatDateTime, formatMoney } from "@ocop/money"
import { ListState } from "../../components/note"
import { ResolveConflictDrawer } from "../../components/resolve-conflict-drawer"
import { StatusTabs, useStatusParam } from "../../components/status-tabs"
import type { PosConflict, PosConflictFilter } from "../../lib/ocop-types"
import { usePosConflicts } from "../../lib/queries"

const FILTERS: { value: PosConflictFilter; label: string }[] = [
  { value: "open", label: "Chưa xử lý (Open)" },
  { value: "resolved", label: "Đã xử lý (Resolved)" },
  { value: "all", label: "Tất cả (All)" },
]

/**
 * Counter sales made offline that met a change when they synced (the sale is kept): stock the
 * centre could not cover (the shortfall already blocks further sales), a product taken off sale
 * or repriced meanwhile, and receipt numbers two devices both used.
 * Staff count, move or write off the goods, then resolve with a note.
 */
const PosConflictsPage = () => {
  const [filter, setFilter] = useStatusParam(FILTERS, "open")
  const { data, isPending, error } = usePosConflicts(filter)
  const conflicts = data?.conflicts ?? []
  // Kept while the drawer slides out, so its title does not go blank.
  const [drawer, setDrawer] = useState<{ open: boolean; conflict: PosConflict | null }>({ open: false, conflict: null })

  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h1">Xung đột đơn bán tại quầy (Counter sale conflicts)</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          Hoá đơn bán khi quầy mất mạng mà kho không đủ, sản phẩm đã ngừng bán hoặc đổi giá, hoặc trùng số hoá đơn. (Offline counter sales the stock could not cover, of products withdrawn or repriced since, or receipt numbers used twice.)
        </Text>
      </div>
      <StatusTabs filters={FILTERS} value={filter} onChange={setFilter} />
      <ListState isPending={isPending} error={error} empty={conflicts.length === 0} />
      {conflicts.length > 0 && (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Trung tâm (Centre)</Table.HeaderCell>
              <Table.HeaderCell className="whitespace-nowrap">Số hoá đơn (Receipt)</Table.HeaderCell>
              <Table.HeaderCell className="whitespace-nowrap">Thời gian (Sold at)</Table.HeaderCell>
              <Table.HeaderCell>Vấn đề (What differed)</Table.HeaderCell>
              <Table.HeaderCell>Trạng thái (Status)</Table.HeaderCell>
              <Table.HeaderCell />
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {conflicts.map((c) => (
              <ConflictRow key={c.sale_id} conflict={c} onResolve={() => setDrawer({ open: true, conflict: c })} />
            ))}
          </Table.Body>
        </Table>
      )}
      <ResolveConflictDrawer open={drawer.open} onOpenChange={(open) => setDrawer((d) => ({ ...d, open }))} conflict={drawer.conflict} />
    </Container>
  )
}

function ConflictRow({ conflict: c, onResolve }: { conflict: PosConflict; onResolve: () => void }) {
  return (
    <Table.Row>
      {/* Official centre names run past 100 characters: keep room for the lines and the status. */}
      <Table.Cell className="min-w-[240px] max-w-[320px] py-2">
        <div>{c.centre?.name_vi ?? "—"}</div>
        <div className="txt-compact-xsmall text-ui-fg-subtle">Quầy (till) {c.till_id}</div>
      </Table.Cell>
      <Table.Cell className="whitespace-nowrap py-2">
        <div>{c.receipt_number}</div>
        {c.renumbered_from && (
          <div className="txt-compact-xsmall text-ui-fg-subtle">In trên hoá đơn (printed) {c.renumbered_from}</div>
        )}
      </Table.Cell>
      <Table.Cell className="whitespace-nowrap">{formatDateTime(c.sold_at, "vi")}</Table.Cell>
      <Table.Cell className="py-2">
        {c.lines.map((l) => (
          <div key={`stock-${l.variant_id}`}>
            {l.title}: bán {l.wanted}, còn {l.available} <span className="text-ui-fg-subtle">(sold {l.wanted}, had {l.available})</span>
          </div>
        ))}
        {c.withdrawn.map((w) => (
          <div key={`withdrawn-${w.variant_id}`}>
            {w.title}: đã ngừng bán <span className="text-ui-fg-subtle">(taken off sale before the sale synced)</span>
          </div>
        ))}
        {c.prices.map((p) => (
          <div key={`price-${p.variant_id}-${p.sold_price}`}>
            {p.title}: bán {formatMoney(p.sold_price, "VND", "vi")}, giá hiện tại {p.current_price === null ? "—" : formatMoney(p.current_price, "VND", "vi")}{" "}
            <span className="text-ui-fg-subtle">(sold at the till's price; the price has changed)</span>
          </div>
        ))}
        {c.renumbered_from && c.lines.length + c.withdrawn.length + c.prices.length === 0 && (
          <span className="text-ui-fg-subtle">Trùng số hoá đơn (receipt number used by another device)</span>
        )}
      </Table.Cell>
      <Table.Cell className="max-w-[280px] py-2">
        <div className="flex flex-col items-start gap-y-1">
          <StatusBadge className="whitespace-nowrap" color={c.status === "open" ? "orange" : "green"}>{c.status === "open" ? "Chưa xử lý (Open)" : "Đã xử lý (Resolved)"}</StatusBadge>
          {c.status === "resolved" && (
            <span className="txt-compact-xsmall text-ui-fg-subtle">
              {c.resolved_by?.email ?? ""} {c.resolved_at ? formatDateTime(c.resolved_at, "vi") : ""}
              {c.note ? `: ${c.note}` : ""}
            </span>
          )}
        </div>
      </Table.Cell>
      <Table.Cell className="text-right">
        {c.status === "open" && (
          <Button size="small" variant="secondary" className="whitespace-nowrap" onClick={onResolve}>
            Xử lý (Resolve)
          </Button>
        )}
      </Table.Cell>
    </Table.Row>
  )
}

// Short enough to stay on one line in the sidebar, beside Medusa's one-word items.
export const config = defineRouteConfig({
  label: "Xung đột (Conflicts)",
  icon: ExclamationCircle,
})

export default PosConflictsPage
