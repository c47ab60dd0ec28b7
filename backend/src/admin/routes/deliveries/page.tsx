import { useState } from "react"
import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ArchiveBox } from "@medusajs/icons"
import { Button, Container, Heading, Input, StatusBadge, Table, Text } from "@medusajs/ui"
import { formatDateTime } from "@ocop/money"
import { ListState } from "../../components/note"
import { StatusTabs, useStatusParam } from "../../components/status-tabs"
import { type Delivery, type DeliveryFilter, type DeliveryStatus, useDeliveries, useReceiveDelivery } from "../../lib/deliveries"

const FILTERS: { value: DeliveryFilter; label: string }[] = [
  { value: "proposed", label: "Chờ nhận (Proposed)" },
  { value: "received", label: "Đã nhận (Received)" },
  { value: "cancelled", label: "Đã huỷ (Cancelled)" },
  { value: "all", label: "Tất cả (All)" },
]

const BADGE: Record<DeliveryStatus, { color: "orange" | "green" | "grey"; label: string }> = {
  proposed: { color: "orange", label: "Chờ nhận (Proposed)" },
  received: { color: "green", label: "Đã nhận (Received)" },
  cancelled: { color: "grey", label: "Đã huỷ (Cancelled)" },
}

/**
 * Goods producers proposed for the centres. Staff count what arrived (a count left as proposed
 * arrived in full) and confirm: the centre's stock rises once and the products go on sale at its
 * counter. Clerks do the same from the till for their own centre.
 */
const DeliveriesPage = () => {
  const [filter, setFilter] = useStatusParam(FILTERS, "proposed")
  const { data, isPending, error } = useDeliveries(filter)
  const deliveries = data?.deliveries ?? []

  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h1">Giao hàng từ chủ thể (Producer deliveries)</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          Xác nhận hàng đã đến trung tâm: tồn kho tại trung tâm tăng theo số thực nhận. (Confirm goods arrived: the centre's stock rises by what was counted.)
        </Text>
      </div>
      <StatusTabs filters={FILTERS} value={filter} onChange={setFilter} />
      <ListState isPending={isPending} error={error} empty={deliveries.length === 0} />
      {deliveries.length > 0 && (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Trung tâm (Centre)</Table.HeaderCell>
              <Table.HeaderCell>Chủ thể (Producer)</Table.HeaderCell>
              <Table.HeaderCell>Hàng (Lines)</Table.HeaderCell>
              <Table.HeaderCell>Trạng thái (Status)</Table.HeaderCell>
              <Table.HeaderCell />
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {deliveries.map((d) => (
              <DeliveryRow key={d.id} delivery={d} />
            ))}
          </Table.Body>
        </Table>
      )}
    </Container>
  )
}

function DeliveryRow({ delivery: d }: { delivery: Delivery }) {
  const [counts, setCounts] = useState<Record<string, string>>(() => Object.fromEntries(d.lines.map((l) => [l.variant_id, String(l.quantity)])))
  const receive = useReceiveDelivery()
  const parsed = d.lines.map((l) => ({ line: l, text: (counts[l.variant_id] ?? "").trim() }))
  const valid = parsed.every((p) => /^\d{1,6}$/.test(p.text))
  // Only counts that differ are sent: the backend takes a line left out as arrived in full.
  const changed = parsed.filter((p) => Number(p.text) !== p.line.quantity).map((p) => ({ variant_id: p.line.variant_id, received_quantity: Number(p.text) }))
  const badge = BADGE[d.status]

  return (
    <Table.Row>
      <Table.Cell className="min-w-[200px] max-w-[300px] py-2">
        <div>{d.centre?.name_vi ?? "—"}</div>
        <div className="txt-compact-xsmall text-ui-fg-subtle">{formatDateTime(d.created_at, "vi")}</div>
      </Table.Cell>
      <Table.Cell className="py-2">
        <div>{d.producer?.legal_name ?? "—"}</div>
        {d.note && <div className="txt-compact-xsmall text-ui-fg-subtle">{d.note}</div>}
      </Table.Cell>
      <Table.Cell className="py-2">
        {d.lines.map((l) => (
          <div key={l.variant_id} className="flex items-center gap-x-2 py-0.5">
            <span>
              {l.title_vi} {l.sku && <span className="text-ui-fg-subtle">({l.sku})</span>}: {l.quantity}
            </span>
            {d.status === "proposed" ? (
              <Input
                size="small"
                className="w-20"
                inputMode="numeric"
                aria-label={`Thực nhận (received) ${l.title_vi}`}
                value={counts[l.variant_id] ?? ""}
                onChange={(e) => setCounts((c) => ({ ...c, [l.variant_id]: e.target.value }))}
              />
            ) : (
              d.status === "received" && <span className="text-ui-fg-subtle">→ {l.received_quantity ?? l.quantity}</span>
            )}
          </div>
        ))}
      </Table.Cell>
      <Table.Cell className="py-2">
        <StatusBadge className="whitespace-nowrap" color={badge.color}>{badge.label}</StatusBadge>
        {d.received_at && <div className="txt-compact-xsmall text-ui-fg-subtle">{formatDateTime(d.received_at, "vi")}</div>}
      </Table.Cell>
      <Table.Cell className="text-right">
        {d.status === "proposed" && (
          <Button
            size="small"
            variant="secondary"
            className="whitespace-nowrap"
            disabled={!valid}
            isLoading={receive.isPending}
            onClick={() => receive.mutate({ id: d.id, lines: changed })}
          >
            Xác nhận đã nhận (Confirm receipt)
          </Button>
        )}
      </Table.Cell>
    </Table.Row>
  )
}

export const config = defineRouteConfig({
  label: "Giao hàng (Deliveries)",
  icon: ArchiveBox,
})

export default DeliveriesPage
