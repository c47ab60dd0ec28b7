import type { CatalogueProduct } from "../lib/api/types"
import { stockOf } from "../lib/catalogue-search"
import { useI18n } from "../lib/use-t"
import { Stars } from "./stars"

/** A product to tap: title, stars, price, and the stock at this centre; the pin keeps it on the favourites grid. */
export function ProductTile({ product, pinned, onPick, onPin }: { product: CatalogueProduct; pinned: boolean; onPick: () => void; onPin: () => void }) {
  const { t, money, locale } = useI18n()
  const stock = stockOf(product)
  const prices = product.variants.map((v) => v.price)
  const low = Math.min(...prices)
  const high = Math.max(...prices)
  return (
    <div className={stock > 0 ? "tile" : "tile out"}>
      <button type="button" className="tile-main" onClick={onPick}>
        <span className="tile-title">{locale === "vi" ? product.title_vi : product.title_en}</span>
        <Stars count={product.stars} />
        <span className="tile-price">{prices.length === 0 ? "—" : low === high ? money(low) : `${money(low)} – ${money(high)}`}</span>
        <span className="tile-stock">{stock > 0 ? t("product.stock", { count: stock }) : t("product.out")}</span>
        {product.variants.length > 1 && <span className="tile-variants">{t("product.variants", { count: product.variants.length })}</span>}
      </button>
      <button type="button" className={pinned ? "pin on" : "pin"} onClick={onPin} aria-pressed={pinned} aria-label={t(pinned ? "product.unpin" : "product.pin")}>{pinned ? "★" : "☆"}</button>
    </div>
  )
}
