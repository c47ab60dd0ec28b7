/** Vietnamese words of the places pages. */
export const viPlaces = {
} as const
