// The query mix of the search benchmark: what tourists and clerks typically send, each with the
// default facets (centre, village, stars, group, price ranges). The typo queries exercise the
// Postgres provider's second, fuzzy pass, which only runs when the exact words find nothing.
const q = (name, params) => ({ name, params: new URLSearchParams(params).toString() })

export const QUERIES = [
  q("browse, newest", { limit: "24" }),
  q('"gom" (folded)', { q: "gom", limit: "24" }),
  q('"bát tràng"', { q: "bát tràng", limit: "24" }),
  q('"lua van phuc"', { q: "lua van phuc", limit: "24" }),
  q('"silk scarf" (en)', { q: "silk scarf", locale: "en", limit: "24" }),
  q('"trà" + stars 4,5', { q: "trà", stars: "4,5", limit: "24" }),
  q("centre + price asc", { centre: "bat-trang", sort: "price_asc", limit: "24" }),
  q("group + price range", { group: "handicraft", price_min: "100000", price_max: "999999", limit: "24" }),
  q('"vase" in stock + stars sort', { q: "vase", in_stock_at: "van-phuc", sort: "stars", locale: "en", limit: "24" }),
  q("barcode scan (POS)", { q: "8931028000012", limit: "5", facets: "centre" }),
  q('typo "bat trnag"', { q: "bat trnag", limit: "24" }),
  q('typo "ceramc"', { q: "ceramc", locale: "en", limit: "24" }),
]
