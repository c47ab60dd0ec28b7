import { useState } from "react"
import { verifyPin } from "../lib/pin"
import { useTill } from "../lib/till-context"
import { useI18n } from "../lib/use-t"
import { PinPad } from "./pin-pad"
import { Icon } from "./icons"

/** The idle till: nothing of the sale shows until the clerk's PIN opens it again, or they sign out. */
export function LockScreen({ onUnlock }: { onUnlock: () => void }) {
  const { t } = useI18n()
  const { services, me, signOut } = useTill()
  const [entered, setPin] = useState("")
  const [wrong, setWrong] = useState(0)
  const [busy, setBusy] = useState(false)

  async function submit(pin: string) {
    if (busy || pin.length < 4) return
    setBusy(true)
    const stored = (await services.db.read("pins"))?.[me.clerk.id]
    const ok = stored ? await verifyPin(pin, stored) : false
    setPin("")
    if (ok) {
      onUnlock()
      return
    }
    setWrong((w) => w + 1)
    // Each wrong PIN waits a little longer, so guessing at the counter is slow.
    setTimeout(() => setBusy(false), Math.min(30_000, 500 * 2 ** wrong))
  }

  return (
    <main className="lock-screen">
      <div className="lock-card">
        <p className="lock-icon"><Icon name="lock" size={48} /></p>
        <h1>{t("lock.title")}</h1>
        <p>{t("lock.who", { name: [me.clerk.last_name, me.clerk.first_name].filter(Boolean).join(" ") || me.clerk.email })}</p>
        <PinPad value={entered} onChange={setPin} onSubmit={submit} disabled={busy} />
        <p className="error" role="alert">{wrong > 0 ? t("lock.wrong") : "\u00a0"}</p>
        <button type="button" className="button ghost" onClick={() => void signOut()}>{t("lock.signOut")}</button>
      </div>
    </main>
  )
}
