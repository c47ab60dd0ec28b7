import { stars } from "../lib/format"

/**
 * Orange stars with an accessible count; no rating is a grey dash, so an unrated sales point
 * does not look like a rating.
 */
export function Stars({ n }: { n: number | null | undefined }) {
  if (!n) return <span className="text-ui-fg-muted">—</span>
  return (
    <span className="text-ui-tag-orange-icon whitespace-nowrap" title={`${n} sao (${n} stars)`}>
      {stars(n)}
    </span>
  )
}
