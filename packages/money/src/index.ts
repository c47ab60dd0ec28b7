export { formatDate, formatDateTime, formatMoney, hanoiDay, TIME_ZONE, type Locale } from "./format"
export { allocate, ceilToMultiple, isVnd, mulDivRound, parseVnd, percentOf, VND_DENOMINATIONS, type Denomination } from "./vnd"
