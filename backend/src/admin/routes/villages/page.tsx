import { useState } from "react"
import { defineRouteConfig } from "@medusajs/admin-sdk"
import { HouseStar } from "@medusajs/icons"
import { Button, Container, Heading, Table, Text } from "@medusajs/ui"
import { ListState } from "../../components/note"
import { RowActions } from "../../components/row-actions"
import { VillageFormDrawer } from "../../components/village-form-drawer"
import type { Village } from "../../lib/ocop-types"
import { useVillages } from "../../lib/queries"
import { villagesApi } from "../../lib/sdk"
import { useConfirmDelete } from "../../lib/use-confirm-delete"

/** Hanoi's craft villages (làng nghề), which producers and products belong to. */
const VillagesPage = () => {
  const { data, isPending, error } = useVillages()
  const villages = data?.villages ?? []
  // `village` null creates. It is kept while the drawer closes, so the closing drawer does not
  // flip to "Create" and blank fields during its slide-out.
  const [drawer, setDrawer] = useState<{ open: boolean; village: Village | null }>({ open: false, village: null })
  const confirmDelete = useConfirmDelete(villagesApi.delete, "Đã xoá làng nghề (Village deleted)")

  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between px-6 py-4">
        <div>
          <Heading level="h1">Làng nghề (Craft villages)</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            Làng nghề của chủ thể và sản phẩm OCOP (The villages producers and products come from)
          </Text>
        </div>
        <Button size="small" variant="secondary" onClick={() => setDrawer({ open: true, village: null })}>
          Tạo (Create)
        </Button>
      </div>
      <ListState isPending={isPending} error={error} empty={villages.length === 0} />
      {villages.length > 0 && (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Tên (Name)</Table.HeaderCell>
              <Table.HeaderCell>Nghề (Craft)</Table.HeaderCell>
              <Table.HeaderCell>Xã (Commune)</Table.HeaderCell>
              <Table.HeaderCell>Handle</Table.HeaderCell>
              <Table.HeaderCell />
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {villages.map((v) => (
              <Table.Row key={v.id}>
                <Table.Cell>{v.name}</Table.Cell>
                <Table.Cell className="py-2">
                  <div>{v.craft_vi}</div>
                  <div className="txt-compact-xsmall text-ui-fg-subtle">{v.craft_en}</div>
                </Table.Cell>
                <Table.Cell className="py-2">
                  <div>{v.commune}</div>
                  {v.former_district && (
                    <div className="txt-compact-xsmall text-ui-fg-subtle">{v.former_district}</div>
                  )}
                </Table.Cell>
                <Table.Cell className="text-ui-fg-subtle">{v.handle}</Table.Cell>
                <Table.Cell className="text-right">
                  <RowActions onEdit={() => setDrawer({ open: true, village: v })} onDelete={() => confirmDelete(v.id, v.name)} />
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
      <VillageFormDrawer
        open={drawer.open}
        onOpenChange={(open) => setDrawer((d) => ({ ...d, open }))}
        village={drawer.village}
      />
    </Container>
  )
}

// Short enough to stay on one line in the sidebar, beside Medusa's one-word items.
export const config = defineRouteConfig({
  label: "Làng nghề (Villages)",
  icon: HouseStar,
})

export default VillagesPage
