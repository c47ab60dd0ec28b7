import { StatusBadge } from "@medusajs/ui"
import { CERTIFICATION_STATUS_BADGES } from "../lib/ocop-labels"
import type { CertificationStatus } from "../lib/ocop-types"

export function CertificationStatusBadge({ status }: { status: CertificationStatus }) {
  const badge = CERTIFICATION_STATUS_BADGES[status]
  return <StatusBadge color={badge.color}>{badge.label}</StatusBadge>
}
