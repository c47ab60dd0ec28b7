/** A few line icons as inline SVG: they look the same on every tablet, with or without an emoji font. */
const paths = {
  lock: "M7 11V8a5 5 0 0 1 10 0v3M5 11h14v10H5z M12 15v2",
  camera: "M4 8h3l2-3h6l2 3h3v11H4z M12 17a4 4 0 1 0 0-8 4 4 0 0 0 0 8z",
  person: "M12 12a4 4 0 1 0 0-8 4 4 0 0 0 0 8z M4 21c0-4 4-6 8-6s8 2 8 6",
  note: "M5 19h4L19 9l-4-4L5 15z M13 7l4 4",
}

export function Icon({ name, size = 22 }: { name: keyof typeof paths; size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" aria-hidden focusable="false">
      <path d={paths[name]} />
    </svg>
  )
}
