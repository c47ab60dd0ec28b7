import { useState } from "react"
import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ListCheckbox } from "@medusajs/icons"
import { Button, Container, Heading, Table, Text } from "@medusajs/ui"
import { formatDateTime, formatMoney } from "@ocop/money"
import { ListingKindBadge, ListingStatusBadge } from "../../components/listing-details"
import { ListState } from "../../components/note"
import { ReviewListingDrawer } from "../../components/review-listing-drawer"
import { StatusTabs, useStatusParam } from "../../components/status-tabs"
import { type Listing, type ListingFilter, useListings } from "../../lib/listings"

const FILTERS: { value: ListingFilter; label: string }[] = [
  { value: "submitted", label: "Chờ duyệt (Submitted)" },
  { value: "approved", label: "Đã duyệt (Approved)" },
  { value: "rejected", label: "Từ chối (Rejected)" },
  { value: "all", label: "Tất cả (All)" },
]

// A row shows this many variants; the drawer lists them all.
const VARIANTS_SHOWN = 3

/**
 * Producers propose new products, or changes to their live ones; nothing goes on sale until staff
 * approve it here, after checking the uploaded OCOP certificate and recording what it says.
 */
const ListingsPage = () => {
  const [filter, setFilter] = useStatusParam(FILTERS, "submitted")
  const { data, isPending, error } = useListings(filter)
  const listings = data?.listings ?? []
  // Kept while the drawer slides out, so its content does not go blank.
  const [drawer, setDrawer] = useState<{ open: boolean; listing: Listing | null }>({ open: false, listing: null })

  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h1">Duyệt sản phẩm (Review listings)</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          Sản phẩm mới hoặc thay đổi do chủ thể gửi; chỉ lên bán khi được duyệt. Kiểm tra giấy chứng nhận tải lên rồi ghi hạng sao, số quyết định và ngày cấp. (Producers' new products and changes go live only once approved: check the uploaded certificate and record what it says.)
        </Text>
      </div>
      <StatusTabs filters={FILTERS} value={filter} onChange={setFilter} />
      <ListState isPending={isPending} error={error} empty={listings.length === 0} />
      {listings.length > 0 && (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Chủ thể (Producer)</Table.HeaderCell>
              <Table.HeaderCell>Sản phẩm (Title)</Table.HeaderCell>
              <Table.HeaderCell>Loại (Kind)</Table.HeaderCell>
              <Table.HeaderCell>Phiên bản, giá (Variants, prices)</Table.HeaderCell>
              <Table.HeaderCell className="whitespace-nowrap">Gửi lúc (Submitted)</Table.HeaderCell>
              {filter !== "submitted" && <Table.HeaderCell>Trạng thái (Status)</Table.HeaderCell>}
              <Table.HeaderCell />
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {listings.map((l) => (
              <ListingRow
                key={l.id}
                listing={l}
                showStatus={filter !== "submitted"}
                onOpen={() => setDrawer({ open: true, listing: l })}
              />
            ))}
          </Table.Body>
        </Table>
      )}
      <ReviewListingDrawer
        open={drawer.open}
        onOpenChange={(open) => setDrawer((d) => ({ ...d, open }))}
        listing={drawer.listing}
      />
    </Container>
  )
}

function ListingRow({ listing: l, showStatus, onOpen }: { listing: Listing; showStatus: boolean; onOpen: () => void }) {
  const more = l.variants.length - VARIANTS_SHOWN
  return (
    <Table.Row className="cursor-pointer" onClick={onOpen}>
      <Table.Cell className="min-w-[180px] max-w-[260px] py-2">{l.producer?.legal_name ?? "—"}</Table.Cell>
      <Table.Cell className="min-w-[200px] max-w-[320px] py-2">
        <div>{l.title_vi}</div>
        <div className="txt-compact-xsmall text-ui-fg-subtle">{l.title_en}</div>
      </Table.Cell>
      <Table.Cell className="py-2">
        <ListingKindBadge listing={l} />
      </Table.Cell>
      <Table.Cell className="py-2">
        {l.variants.slice(0, VARIANTS_SHOWN).map((v) => (
          <div key={v.sku} className="whitespace-nowrap">
            {v.title}: {formatMoney(v.price, "VND", "vi")}
          </div>
        ))}
        {more > 0 && <div className="txt-compact-xsmall text-ui-fg-subtle">+{more} phiên bản khác (more)</div>}
      </Table.Cell>
      <Table.Cell className="whitespace-nowrap">{l.submitted_at ? formatDateTime(l.submitted_at, "vi") : "—"}</Table.Cell>
      {showStatus && (
        <Table.Cell className="max-w-[240px] py-2">
          <div className="flex flex-col items-start gap-y-1">
            <ListingStatusBadge listing={l} />
            {l.review_comment && <span className="txt-compact-xsmall text-ui-fg-subtle line-clamp-2">{l.review_comment}</span>}
          </div>
        </Table.Cell>
      )}
      <Table.Cell className="text-right">
        <Button
          size="small"
          variant="secondary"
          className="whitespace-nowrap"
          onClick={(e) => {
            e.stopPropagation()
            onOpen()
          }}
        >
          {l.status === "submitted" ? "Duyệt (Review)" : "Xem (View)"}
        </Button>
      </Table.Cell>
    </Table.Row>
  )
}

export const config = defineRouteConfig({
  label: "Duyệt (Review)",
  icon: ListCheckbox,
})

export default ListingsPage
