import { useEffect, useMemo, useRef, useState } from "react"
import { useNavigate } from "react-router"
import { CameraScanner } from "../components/camera-scanner"
import { CartPanel } from "../components/cart-panel"
import { OfflineNote } from "../components/offline-note"
import { ProductTile } from "../components/product-tile"
import { VariantDialog } from "../components/variant-dialog"
import type { CatalogueProduct, CatalogueVariant } from "../lib/api/types"
import { findByCode, indexCatalogue, mergeHits, scannedCode, searchLocal } from "../lib/catalogue-search"
import { favouriteProducts, togglePin } from "../lib/favourites"
import { findReceiptNumber } from "../lib/receipt-number"
import { useLiveQuery } from "../lib/use-live-query"
import { useWedgeScanner } from "../lib/use-wedge-scanner"
import { useTill } from "../lib/till-context"
import { useI18n } from "../lib/use-t"
import { Icon } from "../components/icons"

type Flash = { kind: "ok" | "error"; text: string }

/**
 * The sell screen: scan (a wedge scanner anywhere on the screen, or the camera), type to search
 * (the catalogue on the device at once, the backend's search a moment later) or tap a
 * favourite; the cart on the right.
 */
export default function Sell() {
  const { t, locale } = useI18n()
  const { services, me, catalogue, dispatch } = useTill()
  const navigate = useNavigate()
  const [q, setQ] = useState("")
  const [remote, setRemote] = useState<CatalogueProduct[] | null>(null)
  const [choosing, setChoosing] = useState<CatalogueProduct | null>(null)
  const [camera, setCamera] = useState(false)
  const [dialogOpen, setDialogOpen] = useState(false)
  const [flash, setFlash] = useState<Flash | null>(null)
  const pinned = useLiveQuery(async () => (await services.db.read("favourites")) ?? [], [services], [] as string[])
  const sold = useLiveQuery(
    async () => (await services.db.sales.orderBy("created_at").reverse().limit(200).toArray()).flatMap((s) => s.body.lines.map((l) => ({ variant_id: l.variant_id, quantity: l.quantity }))),
    [services],
    [] as { variant_id: string; quantity: number }[],
  )
  const index = useMemo(() => indexCatalogue(catalogue), [catalogue])
  const local = useMemo(() => searchLocal(index, q), [index, q])
  const searchBox = useRef<HTMLInputElement>(null)

  // The backend's search, typo-tolerant, with the centre's own key; the newest answer wins.
  useEffect(() => {
    setRemote(null)
    const text = q.trim()
    if (text.length < 2) return
    let live = true
    const timer = setTimeout(() => {
      services.api.search(text, { publishableKey: me.centre.publishable_key, centre: me.centre.handle }).then(
        ({ hits }) => live && setRemote(mergeHits(local, hits, catalogue, me.centre.handle)),
        () => {
          // offline or refused: the catalogue on the device still answers
        },
      )
    }, 250)
    return () => {
      live = false
      clearTimeout(timer)
    }
  }, [q, local, catalogue, services, me.centre])

  useEffect(() => {
    if (!flash) return
    const timer = setTimeout(() => setFlash(null), 3_000)
    return () => clearTimeout(timer)
  }, [flash])

  const add = (product: CatalogueProduct, variant: CatalogueVariant) => {
    dispatch({ type: "add", product, variant })
    setFlash({ kind: "ok", text: t("sell.added", { title: (locale === "vi" ? product.title_vi : product.title_en) + (variant.title ? ` · ${variant.title}` : "") }) })
  }
  const pick = (product: CatalogueProduct) => {
    const [only] = product.variants
    if (product.variants.length === 1 && only) add(product, only)
    else setChoosing(product)
  }

  const onCode = (code: string) => {
    setCamera(false)
    const whole = scannedCode(catalogue, code, searchBox.current && searchBox.current === document.activeElement ? searchBox.current.value : "")
    // What the scanner typed into the search box is taken back out.
    setQ((text) => (text.endsWith(whole) ? text.slice(0, -whole.length) : text))
    const found = findByCode(catalogue, whole)
    if (found) return add(found.product, found.variant)
    const receipt = findReceiptNumber(whole)
    if (receipt && whole.includes("-")) {
      setFlash({ kind: "ok", text: t("sell.receiptScanned", { number: receipt }) })
      navigate(`/returns?receipt=${encodeURIComponent(receipt)}`)
      return
    }
    setFlash({ kind: "error", text: t("sell.unknownCode", { code }) })
  }
  useWedgeScanner(onCode, !dialogOpen && !camera && !choosing)


  const shown = q.trim() ? (remote ?? local) : favouriteProducts(catalogue, pinned, sold.map((s) => ({ product_id: productOf(catalogue, s.variant_id), quantity: s.quantity })))
  // Enter in the search box: a whole barcode typed there (by hand, or by a scanner on a device too
  // busy to keep its keystrokes a scan's few ms apart) adds that variant; other words, the first hit.
  const submitSearch = () => {
    const text = q.trim()
    if (!text) return
    const found = findByCode(catalogue, text)
    if (found) {
      setQ("")
      return add(found.product, found.variant)
    }
    if (shown[0]) pick(shown[0])
  }
  const pin = (id: string) => void services.db.write("favourites", togglePin(pinned.length ? pinned : [], id))

  return (
    <div className="sell">
      <section className="catalogue" aria-label={t("sell.products")}>
        <form className="search-bar" role="search" onSubmit={(e) => (e.preventDefault(), submitSearch())}>
          <input ref={searchBox} type="search" value={q} onChange={(e) => setQ(e.target.value)} placeholder={t("sell.searchHint")} aria-label={t("sell.searchHint")} autoComplete="off" />
          <button type="button" className="button icon-text" onClick={() => setCamera(true)}><Icon name="camera" /> {t("sell.camera")}</button>
        </form>
        <OfflineNote />
        <p className={`flash ${flash?.kind ?? ""}`} role="status" aria-live="polite">{flash?.text ?? t(q.trim() ? "sell.results" : pinned.length ? "sell.favourites" : "sell.bestSellers", { count: shown.length })}</p>
        {q.trim() && shown.length === 0 && <p className="muted-text">{t("sell.none")}</p>}
        <div className="tiles">
          {shown.map((p) => (
            <ProductTile key={p.id} product={p} pinned={pinned.includes(p.id)} onPick={() => pick(p)} onPin={() => pin(p.id)} />
          ))}
        </div>
      </section>
      <CartPanel onDialog={setDialogOpen} />
      {choosing && <VariantDialog product={choosing} onPick={(v) => (add(choosing, v), setChoosing(null))} onClose={() => setChoosing(null)} />}
      {camera && <CameraScanner title={t("sell.camera")} onCode={onCode} onClose={() => setCamera(false)} />}
    </div>
  )
}

function productOf(catalogue: readonly CatalogueProduct[], variantId: string): string {
  return catalogue.find((p) => p.variants.some((v) => v.id === variantId))?.id ?? variantId
}
