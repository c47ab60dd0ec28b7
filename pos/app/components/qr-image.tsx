import QRCode from "qrcode"
import { useEffect, useState } from "react"

/** A QR code drawn on the device as SVG (sharp on screen and on a thermal printer). */
export function QrImage({ text, label, size = 240 }: { text: string; label: string; size?: number }) {
  const [svg, setSvg] = useState<string | null>(null)
  useEffect(() => {
    let live = true
    QRCode.toString(text, { type: "svg", errorCorrectionLevel: "M", margin: 2 }).then((s) => live && setSvg(s), () => live && setSvg(null))
    return () => {
      live = false
    }
  }, [text])
  if (!svg) return <div className="qr" style={{ width: size, height: size }} aria-label={label} />
  return <img className="qr" src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`} width={size} height={size} alt={label} />
}
