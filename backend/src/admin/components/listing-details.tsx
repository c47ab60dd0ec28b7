import type { ReactNode } from "react"
import { Link } from "react-router-dom"
import { Badge, Heading, StatusBadge, Table, Text } from "@medusajs/ui"
import { formatDateTime, formatMoney } from "@ocop/money"
import { formatDate } from "../lib/format"
import { LISTING_STATUS_BADGES, type Listing, type ListingFile } from "../lib/listings"
import { ISSUING_LEVEL_LABELS, PRODUCT_GROUP_LABELS } from "../lib/ocop-labels"
import { useProductOcop } from "../lib/queries"
import { Stars } from "./stars"

export function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="flex flex-col gap-y-2">
      <Heading level="h3">{title}</Heading>
      {children}
    </section>
  )
}

function Line({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="grid grid-cols-[140px_1fr] gap-x-3">
      <Text size="small" className="text-ui-fg-subtle">
        {label}
      </Text>
      <div className="txt-small whitespace-pre-wrap break-words">{children || "—"}</div>
    </div>
  )
}

export const isNewProduct = (l: Listing) => !l.product_id

/**
 * "Mới" for a new product, "Thay đổi" for a change to a live one. Approving a new product sets
 * its product_id, so once approved the two look alike: both are simply live.
 */
export function ListingKindBadge({ listing }: { listing: Listing }) {
  if (listing.status === "approved")
    return <Badge size="2xsmall" color="grey" className="whitespace-nowrap">Đã lên bán (Live)</Badge>
  return isNewProduct(listing) ? (
    <Badge size="2xsmall" color="blue" className="whitespace-nowrap">Sản phẩm mới (New product)</Badge>
  ) : (
    <Badge size="2xsmall" color="purple" className="whitespace-nowrap">Thay đổi (Change to live product)</Badge>
  )
}

export function ListingStatusBadge({ listing }: { listing: Listing }) {
  const badge = LISTING_STATUS_BADGES[listing.status] ?? LISTING_STATUS_BADGES.draft
  return (
    <StatusBadge className="whitespace-nowrap" color={badge.color}>
      {badge.label}
    </StatusBadge>
  )
}

const fileSize = (bytes: number) =>
  bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`

/** The producer's certificate: an image shows inline, a PDF opens in a new tab. */
function CertificateFile({ file }: { file: ListingFile }) {
  const isImage = file.mime_type.startsWith("image/")
  return (
    <div className="flex flex-col gap-y-2">
      <a href={file.url} target="_blank" rel="noreferrer" className="txt-small text-ui-fg-interactive hover:underline">
        {isImage ? "Mở ảnh chứng nhận" : "Mở tệp chứng nhận (PDF)"} (Open certificate): {file.filename} · {fileSize(file.size)}
      </a>
      {isImage && (
        <a href={file.url} target="_blank" rel="noreferrer">
          <img src={file.url} alt={file.filename} className="max-h-[480px] w-full rounded-md border object-contain" />
        </a>
      )}
    </div>
  )
}

/** What a change listing would replace: the live product's current certificate, if any. */
function CurrentCertificate({ productId }: { productId: string }) {
  const { data, isPending } = useProductOcop(productId)
  const c = data?.product_ocop.certification
  if (isPending) return null
  if (!c)
    return <Text size="small" className="text-ui-fg-subtle">Sản phẩm đang bán chưa có chứng nhận (The live product has no certificate)</Text>
  return (
    <Text size="small" className="text-ui-fg-subtle">
      Chứng nhận hiện tại (Current certificate): <Stars n={c.stars} /> · {PRODUCT_GROUP_LABELS[c.group]} · {c.decision_number} ·{" "}
      {ISSUING_LEVEL_LABELS[c.issuing_level]} · {formatDate(c.issue_date)} – {formatDate(c.expiry_date)}
    </Text>
  )
}

/** Everything the producer proposed, read-only. */
export function ListingDetails({ listing: l }: { listing: Listing }) {
  return (
    <>
      <div className="flex flex-wrap items-center gap-2">
        <ListingStatusBadge listing={l} />
        <ListingKindBadge listing={l} />
        {l.product_id && (
          <Link to={`/products/${l.product_id}`} className="txt-small text-ui-fg-interactive hover:underline">
            Xem sản phẩm (Open the product)
          </Link>
        )}
      </div>
      {l.status !== "submitted" && l.reviewed_at && (
        <Line label="Kết quả duyệt (Review)">
          {formatDateTime(l.reviewed_at, "vi")}
          {l.review_comment ? `: ${l.review_comment}` : ""}
        </Line>
      )}
      <Section title="Sản phẩm (Product)">
        <Line label="Chủ thể (Producer)">{l.producer?.legal_name}</Line>
        <Line label="Tên (Title, vi)">{l.title_vi}</Line>
        <Line label="Tên (Title, en)">{l.title_en}</Line>
        <Line label="Mô tả (Description, vi)">{l.description_vi}</Line>
        <Line label="Mô tả (Description, en)">{l.description_en}</Line>
        <Line label="Gửi lúc (Submitted)">{l.submitted_at ? formatDateTime(l.submitted_at, "vi") : ""}</Line>
      </Section>
      <Section title={`Ảnh (Images) · ${l.images.length}`}>
        {l.images.length === 0 ? (
          <Text size="small" className="text-ui-fg-subtle">Không có ảnh (No images)</Text>
        ) : (
          <div className="grid grid-cols-3 gap-2">
            {l.images.map((url) => (
              <a key={url} href={url} target="_blank" rel="noreferrer">
                <img src={url} alt="" className="aspect-square w-full rounded-md border object-cover" />
              </a>
            ))}
          </div>
        )}
      </Section>
      <Section title={`Phiên bản và giá (Variants and prices) · ${l.variants.length}`}>
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Tên (Title)</Table.HeaderCell>
              <Table.HeaderCell>SKU</Table.HeaderCell>
              <Table.HeaderCell>Mã vạch (Barcode)</Table.HeaderCell>
              <Table.HeaderCell className="text-right">Giá (Price)</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {l.variants.map((v) => (
              <Table.Row key={v.sku}>
                <Table.Cell>{v.title}</Table.Cell>
                <Table.Cell className="whitespace-nowrap">{v.sku}</Table.Cell>
                <Table.Cell className="whitespace-nowrap">{v.barcode || "—"}</Table.Cell>
                <Table.Cell className="whitespace-nowrap text-right">{formatMoney(v.price, "VND", "vi")}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </Section>
      <Section title="Giấy chứng nhận tải lên (Uploaded certificate)">
        {l.certificate ? (
          <CertificateFile file={l.certificate} />
        ) : (
          <Text size="small" className="text-ui-fg-subtle">Chủ thể không tải lên chứng nhận (No certificate uploaded)</Text>
        )}
        {l.product_id && <CurrentCertificate productId={l.product_id} />}
      </Section>
    </>
  )
}
