import type { Centre } from "../lib/catalogue.server"
import { hoursText, mapUrl, telHref } from "../lib/place-contact"
import { useT } from "../lib/use-t"

/** Address, opening hours, phone and map of a centre: the same facts on its card and its page. */
export function CentreFacts({ centre: c }: { centre: Centre }) {
  const t = useT()
  const map = mapUrl(c.latitude, c.longitude)
  return (
    <dl className="facts">
      <dt>{t("places.address")}</dt>
      <dd>
        {c.address || [c.commune, c.province].filter(Boolean).join(", ")}
        {c.former_district && <span className="muted"> ({t("places.formerDistrict", { district: c.former_district })})</span>}
        {map && (
          <>
            <br />
            <a href={map} aria-label={t("places.mapOf", { name: c.name })}>
              {t("places.map")}
            </a>
          </>
        )}
      </dd>
      {c.opening_hours && (
        <>
          <dt>{t("places.hours")}</dt>
          <dd>{hoursText(c.opening_hours, t)}</dd>
        </>
      )}
      {c.phone && (
        <>
          <dt>{t("places.phone")}</dt>
          <dd>
            <a href={telHref(c.phone)}>{c.phone}</a>
          </dd>
        </>
      )}
    </dl>
  )
}
