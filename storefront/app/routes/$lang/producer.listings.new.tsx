import { ListingForm } from "../../components/listing-form"
import { ProducerNav } from "../../components/producer-nav"
import { localeOf } from "../../lib/producer.server"
import { useT } from "../../lib/use-t"
import { loadListing, saveListing } from "./producer.listings.server"
import type { Route } from "./+types/producer.listings.new"

export function loader({ request, params }: Route.LoaderArgs) {
  return loadListing(request, localeOf(params.lang), null)
}

export function action({ request, params }: Route.ActionArgs) {
  return saveListing(request, localeOf(params.lang), null)
}

export function meta({ data }: Route.MetaArgs) {
  return [{ title: data?.locale === "en" ? "New product proposal · OCOP producers" : "Đề xuất sản phẩm mới · Nhà sản xuất OCOP" }, { name: "robots", content: "noindex" }]
}

export default function NewListing({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT()
  const { locale, name, status } = loaderData
  const savedId = actionData?.saved_id
  return (
    <section className="producer-page">
      <ProducerNav name={name} />
      <h1>{t("producer.newListing")}</h1>
      <ListingForm
        locale={locale}
        draft={actionData?.draft ?? loaderData.draft}
        status={status}
        reviewComment={null}
        action={savedId ? `/${locale}/producer/listings/${savedId}` : undefined}
        error={actionData?.error ?? null}
        answered={actionData?.fields}
      />
    </section>
  )
}

export { ProducerErrorBoundary as ErrorBoundary } from "../../components/producer-error"
