import QRCode from "qrcode"
import { data, Link, useFetcher } from "react-router"
import { Stars } from "../../components/stars"
import { ensureCart, vietnamRegionId, cartCookie } from "../../lib/cart.server"
import { cachedRead } from "../../lib/catalogue-cache.server"
import { backend, producer } from "../../lib/catalogue.server"
import { approximate, ratesFrom, visitorCurrency } from "../../lib/currency"
import { backendSentence } from "../../lib/backend-errors"
import { AddToCart, formObject } from "../../lib/forms/cart-forms"
import { formWord } from "../../lib/forms/form-word"
import { useFormCheck } from "../../lib/forms/use-form-check"
import { formatDate, formatMoney } from "../../lib/format"
import { isLocale, type Locale } from "../../lib/locale"
import { sdk } from "../../lib/medusa.server"
import { productDescription, productTitle } from "../../lib/product-text"
import { useT } from "../../lib/use-t"
import type { Route } from "./+types/products.$handle"

type Ocop = {
  stars: number
  certificate_number: string
  issuing_level: string
  expiry_date: string | null
  status: string
  producer: { handle: string; name: string; type: string; story?: string | null } | null
  village: { handle: string; name: string; story?: string | null } | null
  availability: { centre: { handle: string; name: string }; available: number; variants: Record<string, number> }[]
}

type Variant = { id: string; title: string; sku: string | null; price: number | undefined; approx: number | null; stock: number }

const FIELDS = "id,handle,title,description,thumbnail,metadata,*images,*options,*options.values,*variants,*variants.options,*variants.calculated_price,+variants.inventory_quantity,+ocop"
const rates = ratesFrom(process.env.OCOP_FX_RATES)

export async function loader({ request, params }: Route.LoaderArgs) {
  const locale = (isLocale(params.lang) ? params.lang : "vi") as Locale
  const { product, producerStory } = await cachedRead(`product:${locale}:${params.handle}`, () => readProduct(params.handle, locale))
  if (!product) throw data(null, { status: 404 })
  const ocop = (product.ocop ?? null) as Ocop | null
  const url = new URL(request.url)
  const pageUrl = `${url.origin}/${locale}/products/${product.handle}`
  const currency = visitorCurrency(request.headers.get("cookie"), request.headers.get("accept-language")) ?? (locale === "en" ? "USD" : null)
  const variants: Variant[] = (product.variants ?? []).map((v: any) => ({
    id: v.id as string,
    title: v.title as string,
    sku: v.sku as string | null,
    price: v.calculated_price?.calculated_amount as number | undefined,
    approx: currency && v.calculated_price ? approximate(v.calculated_price.calculated_amount, currency, rates) : null,
    stock: v.inventory_quantity as number,
  }))
  return {
    locale,
    pageUrl,
    currency,
    title: productTitle(product, locale),
    description: productDescription(product, locale),
    images: (product.images ?? []).map((i: any) => i.url as string) as string[],
    thumbnail: product.thumbnail as string | null,
    variants,
    ocop,
    producerStory,
    qr: await QRCode.toString(pageUrl, { type: "svg", margin: 1, width: 160 }),
  }
}

/** The product, and its producer's story: what every visitor of this page sees alike. */
async function readProduct(handle: string, locale: Locale) {
  const region = await backend(vietnamRegionId())
  const { products } = await backend(sdk.store.product.list({ handle, region_id: region, fields: FIELDS, locale } as any))
  const product = (products[0] ?? null) as any
  const ocop = (product?.ocop ?? null) as Ocop | null
  // The story is a nice-to-have: a producer page that fails must not take the product page down.
  const producerStory = ocop?.producer ? await producer(ocop.producer.handle, locale).then((p) => p.story, () => null) : null
  return { product, producerStory }
}

export async function action({ request, params }: Route.ActionArgs) {
  const locale = (isLocale(params.lang) ? params.lang : "vi") as Locale
  const parsed = AddToCart.safeParse(formObject(await request.formData()))
  if (!parsed.success) return data({ ok: false, error: null, fields: [...new Set(parsed.error.issues.map((i) => i.message))] }, { status: 400 })
  const { cart, setCookie } = await ensureCart(request, locale)
  try {
    await sdk.store.cart.createLineItem(cart.id, parsed.data)
  } catch (error) {
    return data({ ok: false, error: backendSentence(error, locale), fields: [] as string[] }, { status: 400, headers: setCookie ? { "set-cookie": setCookie } : {} })
  }
  return data({ ok: true, error: null, fields: [] as string[] }, { headers: { "set-cookie": setCookie ?? (await cartCookie.serialize(cart.id)) } })
}

export function meta({ data: p }: Route.MetaArgs) {
  if (!p) return []
  const price = p.variants[0]?.price
  const jsonLd = {
    "@context": "https://schema.org",
    "@type": "Product",
    name: p.title,
    description: p.description,
    image: p.images.length ? p.images : p.thumbnail ? [p.thumbnail] : undefined,
    sku: p.variants[0]?.sku ?? undefined,
    brand: p.ocop?.producer ? { "@type": "Brand", name: p.ocop.producer.name } : undefined,
    offers: p.variants
      .filter((v) => v.price !== undefined)
      .map((v) => ({
        "@type": "Offer",
        price: v.price,
        priceCurrency: "VND",
        availability: v.stock > 0 ? "https://schema.org/InStock" : "https://schema.org/OutOfStock",
        url: p.pageUrl,
      })),
  }
  return [
    { title: `${p.title} · OCOP` },
    { name: "description", content: p.description.slice(0, 160) },
    { property: "og:type", content: "product" },
    { property: "og:title", content: p.title },
    { property: "og:description", content: p.description.slice(0, 200) },
    { property: "og:url", content: p.pageUrl },
    ...(p.thumbnail ? [{ property: "og:image", content: p.thumbnail }] : []),
    ...(price !== undefined ? [{ property: "product:price:amount", content: String(price) }, { property: "product:price:currency", content: "VND" }] : []),
    { "script:ld+json": jsonLd },
  ]
}

export default function Product({ loaderData: p }: Route.ComponentProps) {
  const t = useT()
  const fetcher = useFetcher<typeof action>()
  const sellable = p.variants.filter((v) => v.price !== undefined)
  const first = sellable.find((v) => v.stock > 0) ?? sellable[0]
  const busy = fetcher.state !== "idle"
  const check = useFormCheck(() => import("../../lib/forms/cart-forms").then((m) => m.AddToCart), fetcher.data?.fields)
  // A field the schema named, in the shopper's words, else the backend's sentence.
  const error = check.fields[0] ? formWord(t, check.fields[0]) : fetcher.data?.error
  return (
    <article className="product">
      <div className="gallery">
        <img src={p.images[0] ?? p.thumbnail ?? "/placeholder.svg"} alt={p.title} width={640} height={640} fetchPriority="high" />
        {p.images.length > 1 && (
          <ul className="thumbs">
            {p.images.slice(1, 5).map((src) => (
              <li key={src}><img src={src} alt="" width={120} height={120} loading="lazy" /></li>
            ))}
          </ul>
        )}
      </div>
      <div className="buy">
        <h1>{p.title}</h1>
        {p.ocop && <Stars count={p.ocop.stars} label={t("stars.label", { count: p.ocop.stars })} />}
        {first && (
          <p className="price big">
            {formatMoney(first.price!, "vnd", p.locale)}
            {first.approx !== null && p.currency && (
              <span className="approx">{t("product.approx", { amount: formatMoney(first.approx, p.currency, p.locale) })}</span>
            )}
          </p>
        )}
        <fetcher.Form method="post" className="add-form" {...check.form}>
          {sellable.length > 1 ? (
            <fieldset>
              <legend>{t("product.variant")}</legend>
              {sellable.map((v) => (
                <label key={v.id} className="check">
                  <input type="radio" name="variant_id" value={v.id} defaultChecked={v.id === first?.id} disabled={v.stock <= 0} />
                  <span>{v.title}</span> <span className="muted">{formatMoney(v.price!, "vnd", p.locale)}</span>
                  {v.stock <= 0 && <span className="muted"> · {t("product.outOfStock")}</span>}
                </label>
              ))}
            </fieldset>
          ) : (
            first && <input type="hidden" name="variant_id" value={first.id} />
          )}
          <label>
            {t("product.quantity")} <input type="number" name="quantity" defaultValue={1} min={1} max={99} required inputMode="numeric" />
          </label>
          <button type="submit" disabled={!first || first.stock <= 0 || busy}>
            {first && first.stock > 0 ? t("product.add") : t("product.outOfStock")}
          </button>
          <p role="status" aria-live="polite" className={error ? "error" : "ok"}>
            {error ||
              (fetcher.data?.ok && (
                <>
                  {t("product.added")} <Link to={`/${p.locale}/cart`}>{t("nav.cart")}</Link>
                </>
              ))}
          </p>
        </fetcher.Form>
        {p.ocop && (
          <section className="ocop-badge" aria-labelledby="cert">
            <h2 id="cert">{t("product.certificate")}</h2>
            <dl>
              <dt>{t("product.certificateNumber")}</dt>
              <dd>{p.ocop.certificate_number}</dd>
              <dt>{t("product.issuingLevel")}</dt>
              <dd>{t(p.ocop.issuing_level === "national" ? "level.national" : "level.city")}</dd>
              {p.ocop.expiry_date && (
                <>
                  <dt>{t("product.validUntil")}</dt>
                  <dd>{formatDate(p.ocop.expiry_date, p.locale)}</dd>
                </>
              )}
            </dl>
          </section>
        )}
        <p className="description">{p.description}</p>
        {p.ocop?.producer && (
          <p>
            <strong>{t("product.producer")}:</strong>{" "}
            <Link to={`/${p.locale}/producers/${p.ocop.producer.handle}`}>{p.ocop.producer.name}</Link>
          </p>
        )}
        {p.ocop?.village && (
          <p>
            <strong>{t("product.village")}:</strong>{" "}
            <Link to={`/${p.locale}/villages/${p.ocop.village.handle}`}>{p.ocop.village.name}</Link>
          </p>
        )}
        {p.producerStory && (
          <section aria-labelledby="producer-story">
            <h2 id="producer-story">{t("places.aboutProducer")}</h2>
            <p>{p.producerStory}</p>
          </section>
        )}
        {p.ocop && p.ocop.availability.length > 0 && (
          <section aria-labelledby="where">
            <h2 id="where">{t("product.availability")}</h2>
            <ul className="availability">
              {p.ocop.availability.map((a) => (
                <li key={a.centre.handle}>
                  <Link to={`/${p.locale}/centres/${a.centre.handle}`}>{a.centre.name}</Link>:{" "}
                  <strong>{t("product.inStock", { count: a.available })}</strong>
                </li>
              ))}
            </ul>
          </section>
        )}
        <figure className="trace">
          <div dangerouslySetInnerHTML={{ __html: p.qr }} role="img" aria-label={t("product.trace")} />
          <figcaption>{t("product.trace")}</figcaption>
        </figure>
      </div>
    </article>
  )
}
