import type { Statement } from "./statement"

/** A statement as CSV for a spreadsheet: a heading row, one row per centre, then the totals. */
export function statementCsv(s: Statement): string {
  const cell = (v: string | number) => (typeof v === "number" ? String(v) : /[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v)
  const row = (...cells: (string | number)[]) => cells.map(cell).join(",")
  return [
    row("OCOP statement", s.producer.legal_name, s.month),
    "",
    row("Centre", "Handle", "Units", "Web (VND)", "Counter (VND)", "Sales (VND)", "Commission %", "Commission (VND)", "Owed (VND)"),
    ...s.centres.map((c) => row(c.centre.name_vi, c.centre.handle, c.units, c.web, c.counter, c.sales, c.commission_percent, c.commission, c.owed)),
    row("Total", "", s.totals.units, "", "", s.totals.sales, "", s.totals.commission, s.totals.owed),
  ].join("\n") + "\n"
}
