import { useState } from "react"
import { Link } from "react-router"
import { OfflineNote } from "../components/offline-note"
import { idleMinutes } from "../lib/idle-timer"
import { receiptPrefix } from "../lib/receipt-number"
import { useLiveQuery } from "../lib/use-live-query"
import { useTill } from "../lib/till-context"
import { useI18n } from "../lib/use-t"

/** This device: language, idle lock time, its till id (receipt prefix), the centre's offline limits, the PIN, the favourites; sign out. */
export default function Settings() {
  const { t, locale, setLocale } = useI18n()
  const { services, tillId, setTillId, shift, signOut, me } = useTill()
  const minutes = useLiveQuery(async () => idleMinutes(await services.db.read("idle_minutes")), [services], 5)
  const unsent = useLiveQuery(async () => (await services.db.sales.where("status").anyOf("pending", "failed").count()) + (await services.db.returns.where("status").anyOf("pending", "failed").count()), [services], 0)
  const [till, setTill] = useState(tillId)
  const [saved, setSaved] = useState(false)
  const validTill = /^[A-Za-z0-9]{1,8}(-[A-Za-z0-9]{1,4})?$/.test(till)

  return (
    <section className="page settings">
      <h1>{t("settings.title")}</h1>
      <div className="settings-grid">
        <label>
          {t("settings.language")}
          <select value={locale} onChange={(e) => setLocale(e.target.value === "en" ? "en" : "vi")}>
            <option value="vi">Tiếng Việt</option>
            <option value="en">English</option>
          </select>
        </label>
        <label>
          {t("settings.idle")}
          <select value={minutes} onChange={(e) => void services.db.write("idle_minutes", idleMinutes(e.target.value))}>
            {[1, 2, 5, 10, 15, 30, 60].map((m) => (
              <option key={m} value={m}>{t("settings.minutes", { count: m })}</option>
            ))}
          </select>
          <small>{t("settings.idleHint")}</small>
        </label>
        <label>
          {t("settings.till")}
          <input value={till} onChange={(e) => (setTill(e.target.value.toUpperCase()), setSaved(false))} disabled={Boolean(shift)} aria-invalid={!validTill} />
          <small>{shift ? t("settings.tillLocked") : validTill ? t("settings.tillHint", { example: `${receiptPrefix(till)}-000001` }) : t("settings.tillInvalid")}</small>
          <button type="button" className="button" disabled={Boolean(shift) || !validTill || till === tillId} onClick={() => void setTillId(till).then(() => setSaved(true))}>{saved ? t("settings.saved") : t("dialog.save")}</button>
        </label>
        <div className="setting wide">
          <span>{t("settings.offline")}</span>
          <OfflineNote always />
        </div>
        <div className="setting">
          <span>{t("settings.pin")}</span>
          <Link className="button" to="/pin?change=1">{t("settings.changePin")}</Link>
        </div>
        <div className="setting">
          <span>{t("settings.favourites")}</span>
          <button type="button" className="button" onClick={() => void services.db.write("favourites", [])}>{t("settings.resetFavourites")}</button>
        </div>
        <div className="setting">
          <span>{me.clerk.email}</span>
          {unsent > 0 && <small className="warning">{t("settings.unsent", { count: unsent })}</small>}
          <button type="button" className="button danger" onClick={() => void signOut()}>{t("lock.signOut")}</button>
        </div>
      </div>
    </section>
  )
}
