import { ceilToMultiple } from "@ocop/money"
import type { Payment } from "./api/types"

/**
 * Paying for a sale in one or several ways. Each payment's `amount` is what it pays of the
 * total, and they must add up to the total exactly; only cash may be handed over above its
 * amount (`tendered`), and the difference is the change.
 */
export function paid(payments: readonly Payment[]): number {
  return payments.reduce((s, p) => s + p.amount, 0)
}

export function remaining(total: number, payments: readonly Payment[]): number {
  return Math.max(0, total - paid(payments))
}

export function changeDue(payments: readonly Payment[]): number {
  return payments.reduce((s, p) => s + (p.method === "cash" ? p.tendered - p.amount : 0), 0)
}

export function isSettled(total: number, payments: readonly Payment[]): boolean {
  return paid(payments) === total && payments.every((p) => p.amount > 0)
}

/** Cash handed over for what is left to pay: it pays at most what is left, the rest is change. */
export function cashPayment(due: number, tendered: number): Payment | null {
  if (!Number.isSafeInteger(tendered) || tendered <= 0 || due <= 0) return null
  return { method: "cash", amount: Math.min(tendered, due), tendered }
}

/** A non-cash payment must pay no more than is left (a bank or card terminal gives no change). */
export function fitsRemaining(due: number, amount: number): boolean {
  return Number.isSafeInteger(amount) && amount > 0 && amount <= due
}

/**
 * Quick-cash buttons: the exact amount, then the sums a customer is likely to hand over: the
 * next multiple of 10k, 50k, 100k and 500k above it, each once, smallest first.
 */
export function quickCash(due: number, max = 5): number[] {
  if (due <= 0) return []
  const above = [10_000, 50_000, 100_000, 500_000].map((step) => ceilToMultiple(due + 1, step))
  return [...new Set([due, ...above])].sort((a, b) => a - b).slice(0, max)
}
