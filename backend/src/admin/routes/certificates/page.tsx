import { Link } from "react-router-dom"
import { defineRouteConfig } from "@medusajs/admin-sdk"
import { BadgeCheck } from "@medusajs/icons"
import { Container, Heading, Table, Text } from "@medusajs/ui"
import { CertificationStatusBadge } from "../../components/certification-status-badge"
import { ListState } from "../../components/note"
import { Stars } from "../../components/stars"
import { StatusTabs, useStatusParam } from "../../components/status-tabs"
import { daysLeftLabel, formatDate, formatInstantDate } from "../../lib/format"
import type { CertificationFilter, CertificationListItem } from "../../lib/ocop-types"
import { useCertifications } from "../../lib/queries"

type Filter = CertificationFilter | "all"

// "Expiring" comes first: it is the list staff act on before the 36 months run out.
const FILTERS: { value: Filter; label: string }[] = [
  { value: "expiring", label: "Sắp hết hạn (Expiring)" },
  { value: "expired", label: "Hết hạn (Expired)" },
  { value: "withdrawn", label: "Đã ngừng bán (Withdrawn)" },
  { value: "valid", label: "Còn hiệu lực (Valid)" },
  { value: "all", label: "Tất cả (All)" },
]

const DEFAULT_FILTER: Filter = "expiring"

/** Certificates by status; "withdrawn" shows what the nightly expiry job took off sale. */
const CertificatesPage = () => {
  // In the URL (?status=withdrawn): coming back from a product keeps the tab, not "Expiring".
  const [filter, setFilter] = useStatusParam(FILTERS, DEFAULT_FILTER)
  const { data, isPending, error } = useCertifications(filter)
  const certifications = data?.certifications ?? []

  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h1">Chứng nhận OCOP (Certificates)</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          Chứng nhận có hiệu lực 36 tháng; hết hạn thì sản phẩm phải đánh giá lại. (Certificates last 36 months.)
        </Text>
      </div>
      <StatusTabs filters={FILTERS} value={filter} onChange={setFilter} />
      <ListState isPending={isPending} error={error} empty={certifications.length === 0} />
      {certifications.length > 0 && <CertificationsTable rows={certifications} />}
    </Container>
  )
}

function CertificationsTable({ rows }: { rows: CertificationListItem[] }) {
  return (
    <Table>
      <Table.Header>
        <Table.Row>
          <Table.HeaderCell>Sản phẩm (Product)</Table.HeaderCell>
          <Table.HeaderCell className="whitespace-nowrap">Hạng sao (Stars)</Table.HeaderCell>
          <Table.HeaderCell className="whitespace-nowrap">Số quyết định (Decision no.)</Table.HeaderCell>
          <Table.HeaderCell className="whitespace-nowrap">Hết hạn (Expires)</Table.HeaderCell>
          <Table.HeaderCell>Còn lại (Days left)</Table.HeaderCell>
          <Table.HeaderCell>Trạng thái (Status)</Table.HeaderCell>
        </Table.Row>
      </Table.Header>
      <Table.Body>
        {rows.map((c) => (
          <Table.Row key={c.id}>
            <Table.Cell>
              {/* The API sends null when the certificate's product link is gone; show the row anyway. */}
              {c.product ? (
                <Link to={`/products/${c.product.id}`} className="text-ui-fg-interactive hover:underline">
                  {c.product.title}
                </Link>
              ) : (
                <span className="text-ui-fg-muted">— (no product)</span>
              )}
            </Table.Cell>
            <Table.Cell>
              <Stars n={c.stars} />
            </Table.Cell>
            <Table.Cell className="whitespace-nowrap">{c.decision_number}</Table.Cell>
            <Table.Cell>{formatDate(c.expiry_date)}</Table.Cell>
            <Table.Cell>{daysLeftLabel(c.days_left)}</Table.Cell>
            <Table.Cell>
              <div className="flex flex-col items-start gap-y-1 py-2">
                <CertificationStatusBadge status={c.status} />
                {c.withdrawn_at && (
                  <span className="txt-compact-xsmall text-ui-fg-subtle">
                    Ngừng bán {formatInstantDate(c.withdrawn_at)} (withdrawn)
                  </span>
                )}
              </div>
            </Table.Cell>
          </Table.Row>
        ))}
      </Table.Body>
    </Table>
  )
}

// Short enough to stay on one line in the sidebar, beside Medusa's one-word items.
export const config = defineRouteConfig({
  label: "Chứng nhận (Certs)",
  icon: BadgeCheck,
})

export default CertificatesPage
