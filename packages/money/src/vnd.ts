/**
 * Đồng have no minor unit: every amount is a whole number of đồng, and these helpers only ever
 * answer whole numbers. Nothing here multiplies money by a fraction in floating point.
 */

export type Denomination = { value: number; kind: "note" | "coin" }

/** What a drawer holds, largest first. Coins are rare since 2011 but still turn up in a count. */
export const VND_DENOMINATIONS: readonly Denomination[] = [
  { value: 500_000, kind: "note" },
  { value: 200_000, kind: "note" },
  { value: 100_000, kind: "note" },
  { value: 50_000, kind: "note" },
  { value: 20_000, kind: "note" },
  { value: 10_000, kind: "note" },
  { value: 5_000, kind: "note" },
  { value: 2_000, kind: "note" },
  { value: 1_000, kind: "note" },
  { value: 500, kind: "coin" },
  { value: 200, kind: "coin" },
]

export function isVnd(amount: unknown): amount is number {
  return typeof amount === "number" && Number.isSafeInteger(amount)
}

function requireVnd(amount: number, what = "amount"): void {
  if (!isVnd(amount)) throw new RangeError(`${what} must be a whole number of đồng (got ${amount}).`)
}

/**
 * What a clerk typed, as đồng: "450000", "450.000", "450,000 ₫", "450k", "1,5tr", "2tr".
 * Dots and commas without a suffix are thousands separators (a đồng amount has no decimals);
 * with "k" (nghìn) or "tr"/"m" (triệu) one of them may be a decimal mark. Null when it is not
 * an amount, is negative, or has a fraction of a đồng.
 */
export function parseVnd(text: string): number | null {
  const s = text.normalize("NFC").toLowerCase().replace(/[\s\u00a0\u202f]|₫|đ(ồng)?|vnd/g, "")
  if (!s) return null
  const suffixed = s.match(/^(\d+(?:[.,]\d+)?)(k|nghìn|ngàn|tr|triệu|m)$/)
  if (suffixed) {
    const [, number = "", unit = ""] = suffixed
    const scale = unit === "k" || unit === "nghìn" || unit === "ngàn" ? 1_000 : 1_000_000
    const [whole = "", fraction = ""] = number.split(/[.,]/)
    const digits = String(scale).length - 1
    if (fraction.length > digits) return null
    const amount = Number(whole) * scale + Number(fraction.padEnd(digits, "0") || "0")
    return Number.isSafeInteger(amount) ? amount : null
  }
  // Separators must group by threes: "1.5" is not an amount of đồng, "1.500" is.
  if (!/^\d{1,3}([.,]\d{3})*$|^\d+$/.test(s)) return null
  const amount = Number(s.replace(/[.,]/g, ""))
  return Number.isSafeInteger(amount) ? amount : null
}

/** The smallest multiple of `step` at or above `amount`: the note a customer is likely to hand over. */
export function ceilToMultiple(amount: number, step: number): number {
  requireVnd(amount)
  requireVnd(step, "step")
  if (amount < 0 || step <= 0) throw new RangeError("amount must not be negative, step must be above zero")
  const rest = amount % step
  return rest === 0 ? amount : amount + step - rest
}

/** a × num / den rounded half up, exactly, on whole numbers (no floating-point fraction is ever rounded). */
export function mulDivRound(a: number, num: number, den: number): number {
  requireVnd(a)
  if (!Number.isSafeInteger(num) || !Number.isSafeInteger(den) || den <= 0) throw new RangeError("num and den must be whole, den above zero")
  const product = BigInt(a) * BigInt(num)
  const d = BigInt(den)
  const q = product / d
  const r = product % d
  // BigInt division truncates towards zero; round half away from zero on the remainder.
  const twice = (r < 0n ? -r : r) * 2n
  const rounded = twice >= d ? q + (product < 0n ? -1n : 1n) : q
  return Number(rounded)
}

/** `percent` % of an amount, rounded half up to the đồng. Percent is a whole number 0-100. */
export function percentOf(amount: number, percent: number): number {
  return mulDivRound(amount, percent, 100)
}

/**
 * Splits `total` into parts proportional to `weights` that add up to `total` exactly: each part
 * gets the floor of its share, and the đồng left over go one each to the largest remainders
 * (ties to the earlier part). Rounding each share on its own could lose or invent a đồng;
 * this never does.
 */
export function allocate(total: number, weights: readonly number[]): number[] {
  requireVnd(total)
  if (total < 0) throw new RangeError("total must not be negative")
  weights.forEach((w) => requireVnd(w, "weight"))
  const sum = weights.reduce((a, w) => a + w, 0)
  if (weights.some((w) => w < 0)) throw new RangeError("weights must not be negative")
  if (sum === 0) {
    if (total === 0) return weights.map(() => 0)
    throw new RangeError("cannot share an amount over weights that are all zero")
  }
  const big = BigInt(total)
  const bigSum = BigInt(sum)
  const shares = weights.map((w, index) => {
    const exact = big * BigInt(w)
    return { index, floor: exact / bigSum, remainder: exact % bigSum }
  })
  let left = total - shares.reduce((a, s) => a + Number(s.floor), 0)
  const parts = shares.map((s) => Number(s.floor))
  const byRemainder = [...shares].sort((a, b) => (a.remainder === b.remainder ? a.index - b.index : a.remainder > b.remainder ? -1 : 1))
  for (const s of byRemainder) {
    if (left === 0) break
    parts[s.index] = (parts[s.index] ?? 0) + 1
    left -= 1
  }
  return parts
}
