import type { CatalogueProduct, CatalogueVariant } from "../lib/api/types"
import { useI18n } from "../lib/use-t"
import { Dialog } from "./dialog"

export function VariantDialog({ product, onPick, onClose }: { product: CatalogueProduct; onPick: (v: CatalogueVariant) => void; onClose: () => void }) {
  const { t, money, locale } = useI18n()
  return (
    <Dialog title={locale === "vi" ? product.title_vi : product.title_en} onClose={onClose}>
      <div className="choice-list">
        {product.variants.map((v) => (
          <button key={v.id} type="button" className="choice" onClick={() => onPick(v)}>
            <span>{v.title ?? t("product.standard")}</span>
            <b>{money(v.price)}</b>
            <small className={v.available > 0 ? "" : "short"}>{v.available > 0 ? t("product.stock", { count: v.available }) : t("product.out")}</small>
          </button>
        ))}
      </div>
    </Dialog>
  )
}
