import { NavLink } from "react-router"
import { useTill } from "../lib/till-context"
import { useI18n } from "../lib/use-t"
import { SyncBadge } from "./sync-badge"
import { Icon } from "./icons"

export function TillHeader() {
  const { t, locale, setLocale } = useI18n()
  const { me, tillId, shift, hasPin, lock } = useTill()
  const centre = locale === "vi" ? me.centre.name_vi : me.centre.name_en
  return (
    <header className="till-header no-print">
      <div className="brand">
        <strong>{centre}</strong>
        <span>{t("header.till", { till: tillId })} · {me.clerk.first_name ?? me.clerk.email}</span>
      </div>
      <nav aria-label={t("nav.label")}>
        <NavLink to="/sell">{t("nav.sell")}</NavLink>
        <NavLink to="/sales">{t("nav.sales")}</NavLink>
        <NavLink to="/returns">{t("nav.returns")}</NavLink>
        <NavLink to="/deliveries">{t("nav.deliveries")}</NavLink>
        <NavLink to="/reports/day">{t("nav.report")}</NavLink>
        <NavLink to={shift ? "/shift/close" : "/shift/open"}>{t(shift ? "nav.closeShift" : "nav.openShift")}</NavLink>
      </nav>
      <div className="header-tools">
        <SyncBadge />
        <button type="button" className="icon" onClick={() => setLocale(locale === "vi" ? "en" : "vi")} aria-label={t("nav.language")}>{locale === "vi" ? "EN" : "VI"}</button>
        <NavLink to="/settings" className="icon" aria-label={t("nav.settings")}>⚙</NavLink>
        {hasPin && <button type="button" className="icon" onClick={lock} aria-label={t("nav.lock")}><Icon name="lock" /></button>}
      </div>
    </header>
  )
}
