import type { ShiftReport } from "../lib/api/types"
import { useI18n } from "../lib/use-t"
import { formatDateTime, formatMoney } from "@ocop/money"

const vnd = (n: number) => formatMoney(n, "VND", "vi")

/** The shift report as the 80 mm printer takes it: Vietnamese, English under it. */
export function ShiftReportPaper({ report, centre }: { report: ShiftReport; centre: string }) {
  const { t } = useI18n()
  const row = (vi: string, en: string, value: string) => (
    <div className="paper-row">
      <span>{vi}<small>{en}</small></span>
      <b>{value}</b>
    </div>
  )
  return (
    <article className="paper" aria-label={t("shift.reportTitle")}>
      <h2 className="paper-title">{centre}</h2>
      <p className="paper-centre">BÁO CÁO CA<small>Shift report</small></p>
      {row("Quầy", "Till", report.shift.till_id)}
      {row("Thu ngân", "Cashier", report.shift.clerk)}
      {row("Mở ca", "Opened", formatDateTime(report.shift.opened_at, "vi"))}
      {report.shift.closed_at && row("Đóng ca", "Closed", formatDateTime(report.shift.closed_at, "vi"))}
      <hr />
      {row("Số giao dịch", "Sales", String(report.sales_count))}
      {row("Số lần trả hàng", "Returns", String(report.returns_count))}
      {row("Tiền mặt", "Cash", vnd(report.by_method.cash ?? 0))}
      {row("VietQR", "VietQR", vnd(report.by_method.vietqr ?? 0))}
      {row("Thẻ", "Card", vnd(report.by_method.card ?? 0))}
      <hr />
      {row("Tiền đầu ca", "Opening float", vnd(report.opening_float))}
      {row("Hoàn tiền mặt", "Cash refunds", vnd(-report.cash_refunds))}
      {row("Tiền mặt dự kiến", "Expected cash", vnd(report.expected_cash))}
      {report.counted_cash !== null && row("Tiền mặt đếm được", "Counted cash", vnd(report.counted_cash))}
      {report.difference !== null && row("Chênh lệch", "Difference", vnd(report.difference))}
      <p className="paper-foot">Ký nhận / Signature<br /><br />______________________</p>
    </article>
  )
}
