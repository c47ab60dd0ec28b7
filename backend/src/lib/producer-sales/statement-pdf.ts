import fs from "node:fs"
import { createRequire } from "node:module"
import fontkit from "@pdf-lib/fontkit"
import { PDFDocument, rgb, type PDFFont, type PDFPage } from "pdf-lib"
import type { Statement } from "./statement"

/**
 * The statement is read by Vietnamese producers, so it keeps its diacritics ("ạ", "ư", "đ"):
 * pdf-lib's standard fonts encode WinAnsi only, so DejaVu Sans (the dejavu-fonts-ttf package)
 * is embedded through @pdf-lib/fontkit, subset to the glyphs used (a statement stays ~30 KB).
 */
const require = createRequire(__filename)
const fontFile = (name: string) => fs.readFileSync(require.resolve(`dejavu-fonts-ttf/ttf/${name}`))
let fonts: { regular: Buffer; bold: Buffer } | null = null
const fontBytes = () => (fonts ??= { regular: fontFile("DejaVuSans.ttf"), bold: fontFile("DejaVuSans-Bold.ttf") })

/** Text as the PDF prints it: NFC, so each Vietnamese letter is one glyph of the font. */
export function pdfText(text: string): string {
  return text.normalize("NFC")
}

// Only for this document, as money is printed on the receipts: dots between thousands.
const dong = (n: number) => `${n < 0 ? "-" : ""}${String(Math.abs(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ".")} ₫`

const A4: [number, number] = [595.28, 841.89]
const MARGIN = 50
// Vietnamese first, short enough for A4: centre, units (số lượng), sales, commission %, commission (hoa hồng), owed.
const COLUMNS = [
  { title: "Trung tâm", width: 130, right: false },
  { title: "SL", width: 30, right: true },
  { title: "Doanh số", width: 100, right: true },
  { title: "%", width: 35, right: true },
  { title: "Hoa hồng", width: 95, right: true },
  { title: "Được nhận", width: 105, right: true },
]

/** A4 pages: the producer and the month, one table row per centre, and the totals. */
export async function statementPdf(s: Statement, issuedAt = new Date()): Promise<Uint8Array> {
  const doc = await PDFDocument.create()
  doc.registerFontkit(fontkit)
  doc.setTitle(pdfText(`OCOP statement ${s.producer.legal_name} ${s.month}`))
  doc.setCreationDate(issuedAt)
  const font = await doc.embedFont(fontBytes().regular, { subset: true })
  const bold = await doc.embedFont(fontBytes().bold, { subset: true })
  let page = doc.addPage(A4)
  let y = A4[1] - MARGIN

  const text = (p: PDFPage, t: string, x: number, at: number, f: PDFFont, size = 10) => p.drawText(pdfText(t), { x, y: at, size, font: f, color: rgb(0, 0, 0) })
  const row = (cells: string[], f: PDFFont) => {
    let x = MARGIN
    COLUMNS.forEach((c, i) => {
      let t = pdfText(cells[i] ?? "")
      while (t.length > 3 && f.widthOfTextAtSize(t, 10) > c.width - 6) t = t.slice(0, -2) + "."
      const w = f.widthOfTextAtSize(t, 10)
      page.drawText(t, { x: c.right ? x + c.width - w - 4 : x, y, size: 10, font: f })
      x += c.width
    })
    y -= 16
  }
  const header = () => {
    row(COLUMNS.map((c) => c.title), bold)
    page.drawLine({ start: { x: MARGIN, y: y + 12 }, end: { x: A4[0] - MARGIN, y: y + 12 }, thickness: 0.5 })
  }

  text(page, "OCOP Hà Nội – Bảng kê thanh toán (Producer statement)", MARGIN, y, bold, 14)
  y -= 24
  text(page, `${s.producer.legal_name} (${s.producer.handle})`, MARGIN, y, font, 11)
  y -= 16
  text(page, `Tháng (Month) ${s.month}`, MARGIN, y, font)
  y -= 14
  text(page, `Lập ngày (Issued) ${issuedAt.toISOString().slice(0, 10)} · đồng, đã trừ hàng trả lại (net of returns)`, MARGIN, y, font)
  y -= 28
  header()
  for (const c of s.centres) {
    if (y < MARGIN + 40) {
      page = doc.addPage(A4)
      y = A4[1] - MARGIN
      header()
    }
    row([c.centre.name_vi, String(c.units), dong(c.sales), `${c.commission_percent}%`, dong(c.commission), dong(c.owed)], font)
  }
  if (!s.centres.length) row(["Không có giao dịch (no sales)", "", "", "", "", ""], font)
  page.drawLine({ start: { x: MARGIN, y: y + 12 }, end: { x: A4[0] - MARGIN, y: y + 12 }, thickness: 0.5 })
  row(["Tổng (Total)", String(s.totals.units), dong(s.totals.sales), "", dong(s.totals.commission), dong(s.totals.owed)], bold)
  // Plain objects (no object streams): older PDF readers on office PCs open it too.
  return doc.save({ useObjectStreams: false })
}
