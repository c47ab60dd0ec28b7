import { formatDateTime, formatMoney } from "@ocop/money"
import type { Payment } from "../lib/api/types"
import type { ReceiptView } from "../lib/receipt-view"
import { QrImage } from "./qr-image"

const vnd = (n: number) => formatMoney(n, "VND", "vi")
const METHOD: Record<Payment["method"], [string, string]> = { cash: ["Tiền mặt", "Cash"], vietqr: ["Chuyển khoản VietQR", "VietQR transfer"], card: ["Thẻ", "Card"] }

/**
 * The 80 mm receipt: Vietnamese, with English under it for tourists. Before the sale is synced
 * there is no e-receipt link yet (the backend signs it), so it says the e-receipt follows.
 */
export function Receipt({ receipt }: { receipt: ReceiptView }) {
  const row = (vi: string, en: string, value: string, strong = false) => (
    <div className={strong ? "paper-row strong" : "paper-row"}>
      <span>{vi}<small>{en}</small></span>
      <b>{value}</b>
    </div>
  )
  return (
    <article className="paper receipt" aria-label={`Hoá đơn ${receipt.receipt_number}`}>
      <h2 className="paper-title">{receipt.centre.name_vi}</h2>
      <p className="paper-centre">
        <small>{receipt.centre.name_en}</small>
        {receipt.centre.address}
        {receipt.centre.phone && <><br />ĐT / Tel: {receipt.centre.phone}</>}
      </p>
      <p className="paper-heading">HOÁ ĐƠN BÁN HÀNG<small>Sales receipt</small></p>
      {row("Số", "No.", receipt.receipt_number, true)}
      {row("Ngày", "Date", formatDateTime(receipt.sold_at, "vi"))}
      {row("Quầy · Thu ngân", "Till · Cashier", `${receipt.till_id} · ${receipt.clerk}`)}
      {receipt.customer && row("Khách hàng", "Customer", receipt.customer)}
      <hr />
      <ol className="paper-lines">
        {receipt.lines.map((l, i) => (
          <li key={i}>
            <span className="paper-item">
              {l.title_vi}
              <small>{l.title_en}</small>
              {l.stars ? <small className="paper-stars">{"★".repeat(l.stars)} OCOP {l.stars} sao / {l.stars}-star</small> : null}
            </span>
            <span className="paper-qty">
              {l.quantity} × {vnd(l.unit_price)}
              {l.discount > 0 && <small>Giảm / Off −{vnd(l.discount)}</small>}
            </span>
            <b>{vnd(l.total)}</b>
          </li>
        ))}
      </ol>
      <hr />
      {row("Tiền hàng", "Subtotal", vnd(receipt.subtotal))}
      {receipt.discount_total > 0 && row("Giảm giá", "Discount", `−${vnd(receipt.discount_total)}`)}
      {row("TỔNG CỘNG", "TOTAL", vnd(receipt.total), true)}
      <hr />
      {receipt.payments.map((p, i) => (
        <div key={i}>
          {row(METHOD[p.method][0], METHOD[p.method][1], vnd(p.amount))}
          {p.method === "cash" && p.tendered !== p.amount && row("  Khách đưa", "  Tendered", vnd(p.tendered))}
          {p.method === "card" && row("  Thẻ · Mã duyệt", "  Card · Approval", `••••${p.last4} · ${p.approval_code}`)}
          {p.method === "vietqr" && row("  Nội dung", "  Reference", p.reference)}
        </div>
      ))}
      {receipt.change > 0 && row("Tiền thừa trả khách", "Change", vnd(receipt.change), true)}
      {receipt.note && <p className="paper-note">Ghi chú / Note: {receipt.note}</p>}
      <hr />
      {receipt.receipt_url ? (
        <div className="paper-qr">
          <QrImage text={receipt.receipt_url} label="Hoá đơn điện tử / E-receipt" size={150} />
          <p>Quét mã để xem hoá đơn điện tử<small>Scan for your e-receipt</small></p>
        </div>
      ) : (
        <p className="paper-note center">Hoá đơn điện tử sẽ có sau khi đồng bộ — tra cứu theo số {receipt.receipt_number}.<small>The e-receipt follows once this sale is synced; ask with receipt number {receipt.receipt_number}.</small></p>
      )}
      <p className="paper-foot">Cảm ơn quý khách! Sản phẩm OCOP Hà Nội<small>Thank you! OCOP products of Hanoi</small></p>
    </article>
  )
}
