import { ListingForm } from "../../components/listing-form"
import { ProducerNav } from "../../components/producer-nav"
import { localeOf } from "../../lib/producer.server"
import { useT } from "../../lib/use-t"
import { loadListing, saveListing } from "./producer.listings.server"
import type { Route } from "./+types/producer.listings.$id"

export function loader({ request, params }: Route.LoaderArgs) {
  return loadListing(request, localeOf(params.lang), params.id)
}

export function action({ request, params }: Route.ActionArgs) {
  return saveListing(request, localeOf(params.lang), params.id)
}

export function meta({ data }: Route.MetaArgs) {
  return [{ title: data?.locale === "en" ? "Product proposal · OCOP producers" : "Đề xuất sản phẩm · Nhà sản xuất OCOP" }, { name: "robots", content: "noindex" }]
}

export default function EditListing({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT()
  const { locale, name, status, review_comment, saved } = loaderData
  return (
    <section className="producer-page">
      <ProducerNav name={name} />
      <h1>{t("listing.editTitle")}</h1>
      {saved && !actionData && <p role="status" className="ok">{t("listing.saved")}</p>}
      <ListingForm
        locale={locale}
        draft={actionData?.draft ?? loaderData.draft}
        status={status}
        reviewComment={review_comment}
        error={actionData?.error ?? null}
        answered={actionData?.fields}
      />
    </section>
  )
}

export { ProducerErrorBoundary as ErrorBoundary } from "../../components/producer-error"
