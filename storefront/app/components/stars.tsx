/** OCOP stars as a picture with a spoken label ("4-star OCOP"). */
export function Stars({ count, label }: { count: number; label: string }) {
  return (
    <span className="stars" role="img" aria-label={label}>
      {"★".repeat(count)}
      <span aria-hidden="true" className="stars-off">{"★".repeat(Math.max(0, 5 - count))}</span>
    </span>
  )
}
