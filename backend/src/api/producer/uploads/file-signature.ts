/**
 * What each upload kind accepts (docs/producer-api.md), and the file type read from the first
 * bytes. The declared type is whatever the browser or the caller said; the bytes are what the
 * file is, so a renamed .exe is refused even when sent as image/png.
 */
const MB = 1024 * 1024

export const UPLOAD_KINDS = {
  image: { maxBytes: 5 * MB, types: ["image/jpeg", "image/png", "image/webp"], label: "JPEG, PNG, WebP" },
  certificate: { maxBytes: 10 * MB, types: ["application/pdf", "image/jpeg", "image/png"], label: "PDF, JPEG, PNG" },
} as const

export type UploadKind = keyof typeof UPLOAD_KINDS

export const EXTENSION: Record<string, string> = {
  "image/jpeg": "jpg",
  "image/png": "png",
  "image/webp": "webp",
  "application/pdf": "pdf",
}

const startsWith = (buf: Buffer, bytes: number[], at = 0) => bytes.every((b, i) => buf[at + i] === b)
const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0))

/** The type the bytes say, or null when they are none of the accepted ones. */
export function sniffType(buf: Buffer): string | null {
  if (startsWith(buf, [0xff, 0xd8, 0xff])) return "image/jpeg"
  if (startsWith(buf, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return "image/png"
  if (startsWith(buf, ascii("RIFF")) && startsWith(buf, ascii("WEBP"), 8)) return "image/webp"
  if (startsWith(buf, ascii("%PDF-"))) return "application/pdf"
  return null
}

/** Browsers still send the old "image/jpg" now and then. */
export function declaredType(mimetype: string): string {
  const type = mimetype.toLowerCase().split(";")[0]!.trim()
  return type === "image/jpg" || type === "image/pjpeg" ? "image/jpeg" : type
}
