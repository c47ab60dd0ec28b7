import { certificationStatus, daysUntil } from "../../../../modules/ocop/lib/certification-dates"

export function certificationView(c: Record<string, any>) {
  const expiry = new Date(c.expiry_date)
  return {
    id: c.id,
    stars: c.stars,
    group: c.group,
    decision_number: c.decision_number,
    issuing_level: c.issuing_level,
    issue_date: new Date(c.issue_date).toISOString().slice(0, 10),
    expiry_date: expiry.toISOString().slice(0, 10),
    withdrawn_at: c.withdrawn_at ?? null,
    status: certificationStatus(expiry),
    days_left: daysUntil(expiry),
  }
}
