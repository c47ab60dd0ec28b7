/** Hands a text to the browser as a file to save (the day report's CSV). */
export function downloadText(text: string, filename: string, type = "text/csv;charset=utf-8") {
  // A byte-order mark, so Excel reads the Vietnamese in the CSV as UTF-8.
  const blob = new Blob(["\ufeff", text], { type })
  const url = URL.createObjectURL(blob)
  const a = document.createElement("a")
  a.href = url
  a.download = filename
  document.body.append(a)
  a.click()
  a.remove()
  setTimeout(() => URL.revokeObjectURL(url), 1_000)
}
