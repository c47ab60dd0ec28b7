import { useState } from "react"
import { defineRouteConfig } from "@medusajs/admin-sdk"
import { BuildingStorefront } from "@medusajs/icons"
import { Button, Container, Heading, Table, Text } from "@medusajs/ui"
import { CentreFormDrawer } from "../../components/centre-form-drawer"
import { ListState } from "../../components/note"
import { RowActions } from "../../components/row-actions"
import { Stars } from "../../components/stars"
import { CENTRE_KIND_LABELS } from "../../lib/ocop-labels"
import type { Centre } from "../../lib/ocop-types"
import { useCentres } from "../../lib/queries"
import { centresApi } from "../../lib/sdk"
import { useConfirmDelete } from "../../lib/use-confirm-delete"

/** Hanoi's OCOP design-and-sales centres and sales points. */
const CentresPage = () => {
  const { data, isPending, error } = useCentres()
  const centres = data?.centres ?? []
  // `centre` null creates. It is kept while the drawer closes, so the closing drawer does not
  // flip to "Create centre" and blank fields during its slide-out.
  const [drawer, setDrawer] = useState<{ open: boolean; centre: Centre | null }>({ open: false, centre: null })
  const confirmDelete = useConfirmDelete(centresApi.delete, "Đã xoá trung tâm (Centre deleted)")

  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between px-6 py-4">
        <div>
          <Heading level="h1">Trung tâm OCOP (Centres)</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            Trung tâm thiết kế, giới thiệu và bán sản phẩm OCOP, và các điểm bán (Centres and sales points)
          </Text>
        </div>
        <Button size="small" variant="secondary" onClick={() => setDrawer({ open: true, centre: null })}>
          Tạo (Create)
        </Button>
      </div>
      <ListState isPending={isPending} error={error} empty={centres.length === 0} />
      {centres.length > 0 && (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Tên (Name)</Table.HeaderCell>
              <Table.HeaderCell>Loại (Kind)</Table.HeaderCell>
              <Table.HeaderCell className="whitespace-nowrap">Xã (Commune)</Table.HeaderCell>
              <Table.HeaderCell className="whitespace-nowrap">Hạng sao (Stars)</Table.HeaderCell>
              <Table.HeaderCell className="whitespace-nowrap text-right">Sản phẩm (Products)</Table.HeaderCell>
              <Table.HeaderCell className="whitespace-nowrap">Điện thoại (Phone)</Table.HeaderCell>
              <Table.HeaderCell />
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {centres.map((centre) => (
              <CentreRow
                key={centre.id}
                centre={centre}
                onEdit={() => setDrawer({ open: true, centre })}
                onDelete={() => confirmDelete(centre.id, centre.name_vi)}
              />
            ))}
          </Table.Body>
        </Table>
      )}
      <CentreFormDrawer
        open={drawer.open}
        onOpenChange={(open) => setDrawer((d) => ({ ...d, open }))}
        centre={drawer.centre}
      />
    </Container>
  )
}

function CentreRow({ centre: c, onEdit, onDelete }: { centre: Centre; onEdit: () => void; onDelete: () => void }) {
  return (
    <Table.Row>
      <Table.Cell className="py-2">
        <div>{c.name_vi}</div>
        <div className="txt-compact-xsmall text-ui-fg-subtle">{c.name_en}</div>
      </Table.Cell>
      <Table.Cell>{CENTRE_KIND_LABELS[c.kind] ?? c.kind}</Table.Cell>
      <Table.Cell className="py-2">
        <div>{c.commune}</div>
        {c.former_district && <div className="txt-compact-xsmall text-ui-fg-subtle">{c.former_district}</div>}
      </Table.Cell>
      <Table.Cell>
        <Stars n={c.stars} />
      </Table.Cell>
      <Table.Cell className="text-right">{c.product_count}</Table.Cell>
      {/* "024 3874 0000" split over two lines reads as two numbers. */}
      <Table.Cell className="whitespace-nowrap">{c.phone ?? "—"}</Table.Cell>
      <Table.Cell className="text-right">
        <RowActions onEdit={onEdit} onDelete={onDelete} />
      </Table.Cell>
    </Table.Row>
  )
}

// Short enough to stay on one line in the sidebar, beside Medusa's one-word items.
export const config = defineRouteConfig({
  label: "Trung tâm (Centres)",
  icon: BuildingStorefront,
})

export default CentresPage
