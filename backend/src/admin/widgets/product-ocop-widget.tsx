import { useState, type ReactNode } from "react"
import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminProduct, DetailWidgetProps } from "@medusajs/framework/types"
import { Button, Container, Heading, Text } from "@medusajs/ui"
import { CertificationStatusBadge } from "../components/certification-status-badge"
import { Note } from "../components/note"
import { ProductOcopFormDrawer } from "../components/product-ocop-form-drawer"
import { SectionRow } from "../components/section-row"
import { Stars } from "../components/stars"
import { daysLeftLabel, formatDate, formatInstantDate } from "../lib/format"
import { ISSUING_LEVEL_LABELS, PRODUCER_TYPE_LABELS, PRODUCT_GROUP_LABELS } from "../lib/ocop-labels"
import type { Certification, ProductOcop } from "../lib/ocop-types"
import { useProductOcop } from "../lib/queries"
import { errorMessage } from "../lib/sdk"

/** The product's OCOP certificate, producer and craft village, beside the product details. */
const ProductOcopWidget = ({ data: product }: DetailWidgetProps<AdminProduct>) => {
  const { data, isPending, error } = useProductOcop(product.id)
  const [editing, setEditing] = useState(false)
  const ocop = data?.product_ocop

  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between px-6 py-4">
        <Heading level="h2">Sản phẩm OCOP (OCOP product)</Heading>
        <Button size="small" variant="secondary" disabled={!ocop} onClick={() => setEditing(true)}>
          Sửa (Edit)
        </Button>
      </div>
      {isPending && <Note>Đang tải… (Loading)</Note>}
      {error && <Note>{errorMessage(error)}</Note>}
      {ocop && <OcopDetails ocop={ocop} />}
      {ocop && (
        <ProductOcopFormDrawer open={editing} onOpenChange={setEditing} productId={product.id} current={ocop} />
      )}
    </Container>
  )
}

function OcopDetails({ ocop }: { ocop: ProductOcop }) {
  return (
    <>
      {ocop.certification ? (
        <CertificateRows certification={ocop.certification} />
      ) : (
        <Note>Chưa có chứng nhận OCOP (No OCOP certificate)</Note>
      )}
      <div className="py-1">
        <SectionRow label="Chủ thể (Producer)">
          {ocop.producer ? (
            <>
              {ocop.producer.legal_name}
              <Subtle>{PRODUCER_TYPE_LABELS[ocop.producer.type] ?? ocop.producer.type}</Subtle>
            </>
          ) : null}
        </SectionRow>
        <SectionRow label="Làng nghề (Craft village)">
          {ocop.village ? (
            <>
              {ocop.village.name}
              <Subtle>{ocop.village.craft_vi}</Subtle>
            </>
          ) : null}
        </SectionRow>
      </div>
    </>
  )
}

function CertificateRows({ certification: c }: { certification: Certification }) {
  return (
    <div className="py-1">
      <SectionRow label="Trạng thái (Status)">
        <CertificationStatusBadge status={c.status} />
      </SectionRow>
      {c.withdrawn_at && (
        // The nightly expiry job took the product off sale; a renewed certificate clears this.
        <div className="px-6 py-2">
          <Text size="small" className="text-ui-fg-error">
            Đã ngừng bán từ {formatInstantDate(c.withdrawn_at)} vì chứng nhận hết hạn. Nhập chứng nhận mới sau
            khi đánh giá lại. (Withdrawn from sale: the certificate expired. Enter the new one after re-assessment.)
          </Text>
        </div>
      )}
      <SectionRow label="Hạng sao (Stars)">
        <Stars n={c.stars} /> {c.stars} sao
      </SectionRow>
      <SectionRow label="Nhóm (Group)">{PRODUCT_GROUP_LABELS[c.group] ?? c.group}</SectionRow>
      <SectionRow label="Số quyết định (Decision no.)">{c.decision_number}</SectionRow>
      <SectionRow label="Cấp công nhận (Issuing level)">
        {ISSUING_LEVEL_LABELS[c.issuing_level] ?? c.issuing_level}
      </SectionRow>
      <SectionRow label="Ngày cấp (Issued)">{formatDate(c.issue_date)}</SectionRow>
      <SectionRow label="Hết hạn (Expires)">
        {formatDate(c.expiry_date)}
        <Subtle>{daysLeftLabel(c.days_left)}</Subtle>
      </SectionRow>
    </div>
  )
}

const Subtle = ({ children }: { children: ReactNode }) => (
  <div className="txt-compact-xsmall text-ui-fg-subtle">{children}</div>
)

export const config = defineWidgetConfig({
  zone: "product.details.side.after",
})

export default ProductOcopWidget
