import { useState } from "react"
import { defineRouteConfig } from "@medusajs/admin-sdk"
import { UserGroup } from "@medusajs/icons"
import { Button, Container, Heading, Table, Text } from "@medusajs/ui"
import { ListState } from "../../components/note"
import { ProducerFormDrawer } from "../../components/producer-form-drawer"
import { RowActions } from "../../components/row-actions"
import { PRODUCER_TYPE_LABELS } from "../../lib/ocop-labels"
import type { Producer } from "../../lib/ocop-types"
import { useProducers } from "../../lib/queries"
import { producersApi } from "../../lib/sdk"
import { useConfirmDelete } from "../../lib/use-confirm-delete"

/** OCOP producers (chủ thể): cooperatives, enterprises and household businesses. */
const ProducersPage = () => {
  const { data, isPending, error } = useProducers()
  const producers = data?.producers ?? []
  // `producer` null creates. It is kept while the drawer closes, so the closing drawer does not
  // flip to "Create" and blank fields during its slide-out.
  const [drawer, setDrawer] = useState<{ open: boolean; producer: Producer | null }>({ open: false, producer: null })
  const confirmDelete = useConfirmDelete(producersApi.delete, "Đã xoá chủ thể (Producer deleted)")

  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between px-6 py-4">
        <div>
          <Heading level="h1">Chủ thể OCOP (Producers)</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            Hợp tác xã, doanh nghiệp và hộ kinh doanh (Cooperatives, enterprises, household businesses)
          </Text>
        </div>
        <Button size="small" variant="secondary" onClick={() => setDrawer({ open: true, producer: null })}>
          Tạo (Create)
        </Button>
      </div>
      <ListState isPending={isPending} error={error} empty={producers.length === 0} />
      {producers.length > 0 && (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Tên (Name)</Table.HeaderCell>
              <Table.HeaderCell>Loại hình (Type)</Table.HeaderCell>
              <Table.HeaderCell className="whitespace-nowrap">Mã số thuế (Tax code)</Table.HeaderCell>
              <Table.HeaderCell>Làng nghề (Village)</Table.HeaderCell>
              <Table.HeaderCell>Liên hệ (Contact)</Table.HeaderCell>
              <Table.HeaderCell />
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {producers.map((p) => (
              <Table.Row key={p.id}>
                <Table.Cell>{p.legal_name}</Table.Cell>
                <Table.Cell>{PRODUCER_TYPE_LABELS[p.type] ?? p.type}</Table.Cell>
                <Table.Cell className="whitespace-nowrap">{p.tax_code}</Table.Cell>
                <Table.Cell>{p.village?.name ?? "—"}</Table.Cell>
                <Table.Cell className="py-2">
                  <div>{p.representative ?? "—"}</div>
                  {/* Phone and email on their own lines: joined, long emails broke mid-address. */}
                  {p.phone && <div className="txt-compact-xsmall text-ui-fg-subtle whitespace-nowrap">{p.phone}</div>}
                  {p.email && <div className="txt-compact-xsmall text-ui-fg-subtle">{p.email}</div>}
                </Table.Cell>
                <Table.Cell className="text-right">
                  <RowActions onEdit={() => setDrawer({ open: true, producer: p })} onDelete={() => confirmDelete(p.id, p.legal_name)} />
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
      <ProducerFormDrawer
        open={drawer.open}
        onOpenChange={(open) => setDrawer((d) => ({ ...d, open }))}
        producer={drawer.producer}
      />
    </Container>
  )
}

// Short enough to stay on one line in the sidebar, beside Medusa's one-word items.
export const config = defineRouteConfig({
  label: "Chủ thể (Producers)",
  icon: UserGroup,
})

export default ProducersPage
