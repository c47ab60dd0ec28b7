import type { viAccount } from "./account.vi"

/** English words of the account pages: the same keys as account.vi.ts. */
export const enAccount: Record<keyof typeof viAccount, string> = {
}
