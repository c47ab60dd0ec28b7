// The one money and date formatter lives in @ocop/money, shared with the POS (packages/money).
export { formatDate, formatMoney } from "@ocop/money"
