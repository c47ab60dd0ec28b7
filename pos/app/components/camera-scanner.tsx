import { useEffect, useRef, useState } from "react"
import { createDetector } from "../lib/barcode-reader"
import { useI18n } from "../lib/use-t"
import { Dialog } from "./dialog"

/**
 * The camera as a scanner, for a till without a USB or Bluetooth one: the back camera, a frame
 * read a few times a second, the first code found is the answer. Without a camera (or
 * permission), the clerk types the code instead.
 */
export function CameraScanner({ title, onCode, onClose }: { title: string; onCode: (code: string) => void; onClose: () => void }) {
  const { t } = useI18n()
  const video = useRef<HTMLVideoElement>(null)
  const [problem, setProblem] = useState<string | null>(null)
  const [typed, setTyped] = useState("")
  // The camera starts once per dialog, whatever the parent re-renders.
  const latest = useRef(onCode)
  latest.current = onCode

  useEffect(() => {
    let stream: MediaStream | null = null
    let stopped = false
    let timer: ReturnType<typeof setTimeout> | undefined
    ;(async () => {
      if (!navigator.mediaDevices?.getUserMedia) {
        setProblem(t("camera.none"))
        return
      }
      try {
        stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: "environment" }, audio: false })
      } catch {
        setProblem(t("camera.denied"))
        return
      }
      if (stopped || !video.current) return
      video.current.srcObject = stream
      await video.current.play().catch(() => {})
      let detector
      try {
        detector = await createDetector()
      } catch {
        setProblem(t("camera.noReader"))
        return
      }
      const read = async () => {
        if (stopped || !video.current) return
        try {
          const [first] = video.current.readyState >= 2 ? await detector.detect(video.current) : []
          if (first?.rawValue) {
            stopped = true
            latest.current(first.rawValue)
            return
          }
        } catch {
          // a frame that could not be read: try the next
        }
        timer = setTimeout(read, 250)
      }
      void read()
    })()
    return () => {
      stopped = true
      clearTimeout(timer)
      stream?.getTracks().forEach((track) => track.stop())
    }
  }, [t])

  return (
    <Dialog title={title} onClose={onClose}>
      {problem ? <p className="warning">{problem}</p> : <video ref={video} className="camera" muted playsInline />}
      <form className="inline-form" onSubmit={(e) => (e.preventDefault(), typed.trim() && onCode(typed.trim()))}>
        <input value={typed} onChange={(e) => setTyped(e.target.value)} placeholder={t("camera.typeCode")} aria-label={t("camera.typeCode")} />
        <button className="button primary">{t("camera.use")}</button>
      </form>
    </Dialog>
  )
}
