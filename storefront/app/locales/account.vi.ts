/** Vietnamese words of the account pages. */
export const viAccount = {
} as const
