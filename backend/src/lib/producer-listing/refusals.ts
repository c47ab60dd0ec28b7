import { MedusaError } from "@medusajs/framework/utils"
import type { MedusaResponse } from "@medusajs/framework/http"

/**
 * What a producer (or the reviewing admin) can be told "no" for in the listings area, with the
 * HTTP status and the sentence they read (vi, en). Same shape as lib/pos/refusals.ts: steps
 * throw `listingRefusal(...)`, routes answer it with `sendListingRefusal` as `{ type, code, message }`.
 */
type Detail = Record<string, string | number>
const SENTENCES: Record<string, { status: number; vi: (d: Detail) => string; en: (d: Detail) => string }> = {
  listing_not_found: {
    status: 404,
    vi: () => "Không tìm thấy hồ sơ sản phẩm này.",
    en: () => "This listing was not found.",
  },
  product_not_found: {
    status: 404,
    vi: () => "Không tìm thấy sản phẩm này trong các sản phẩm của bạn.",
    en: () => "This product is not one of yours.",
  },
  listing_locked: {
    status: 409,
    vi: () => "Hồ sơ đã gửi duyệt hoặc đã được duyệt nên không sửa được nữa.",
    en: () => "This listing has been submitted or approved and can no longer be changed.",
  },
  listing_not_draft: {
    status: 409,
    vi: () => "Chỉ xoá được hồ sơ nháp.",
    en: () => "Only a draft listing can be deleted.",
  },
  listing_not_submitted: {
    status: 409,
    vi: () => "Chỉ duyệt được hồ sơ đang chờ duyệt.",
    en: () => "Only a submitted listing can be reviewed.",
  },
  barcode_invalid: {
    status: 400,
    vi: (d) => `Mã vạch ${d.barcode} (SKU ${d.sku}) không đúng: chữ số cuối không khớp. Hãy đọc lại mã trên bao bì.`,
    en: (d) => `The barcode ${d.barcode} (SKU ${d.sku}) is not valid: its last digit does not check. Read it again from the package.`,
  },
  sku_taken: {
    status: 409,
    vi: (d) => `Mã SKU ${d.sku} đã được dùng cho một sản phẩm khác.`,
    en: (d) => `The SKU ${d.sku} is already used by another product.`,
  },
  variant_not_in_product: {
    status: 400,
    vi: (d) => `Sản phẩm đang bán không có phân loại mã ${d.sku}; chỉ sửa được các phân loại đã có.`,
    en: (d) => `The live product has no variant with SKU ${d.sku}; only its existing variants can be changed.`,
  },
  file_type: {
    status: 400,
    vi: (d) => `Tệp ${d.filename} không đúng loại: chỉ nhận ${d.allowed}.`,
    en: (d) => `The file ${d.filename} is not an accepted type: only ${d.allowed}.`,
  },
  file_too_large: {
    status: 413,
    vi: (d) => `Tệp quá lớn: mỗi tệp tối đa ${d.mb} MB.`,
    en: (d) => `The file is too large: at most ${d.mb} MB each.`,
  },
  file_count: {
    status: 400,
    vi: () => "Hãy gửi từ 1 đến 6 tệp trong trường files.",
    en: () => "Send 1 to 6 files in the field files.",
  },
}

export type ListingRefusalCode = keyof typeof SENTENCES

export function listingRefusal(code: ListingRefusalCode, locale: "vi" | "en", detail: Detail = {}): MedusaError {
  const entry = SENTENCES[code]!
  return new MedusaError(MedusaError.Types.NOT_ALLOWED, entry[locale](detail), code)
}

export function isListingRefusal(error: unknown): error is MedusaError & { code: ListingRefusalCode } {
  return !!error && typeof (error as any).code === "string" && (error as any).code in SENTENCES
}

export function sendListingRefusal(res: MedusaResponse, error: MedusaError & { code: ListingRefusalCode }) {
  res.status(SENTENCES[error.code]!.status).json({ type: "not_allowed", code: error.code, message: error.message })
}

/** Runs a workflow result through the refusal check: a refusal is answered, anything else thrown. */
export function answerRefusal(res: MedusaResponse, errors: { error: unknown }[] | undefined): boolean {
  const error = errors?.[0]?.error
  if (!error) return false
  if (isListingRefusal(error)) {
    sendListingRefusal(res, error)
    return true
  }
  throw error
}
