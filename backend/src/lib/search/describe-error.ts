/**
 * An error with the errors that caused it, as one line: "Request to http://…/multi-search has
 * failed: request timed out after 5000ms". Engine clients wrap the useful part in `cause`.
 */
export function describeError(error: unknown): string {
  const parts: string[] = []
  let current: unknown = error
  for (let depth = 0; current && depth < 5; depth++) {
    const message = current instanceof Error ? current.message : typeof current === "string" ? current : ""
    if (message && !parts.includes(message)) parts.push(message)
    current = current instanceof Error ? (current as Error & { cause?: unknown }).cause : undefined
  }
  return parts.join(": ") || String(error)
}
