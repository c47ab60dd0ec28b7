import type { viPlaces } from "./places.vi"

/** English words of the places pages: the same keys as places.vi.ts. */
export const enPlaces: Record<keyof typeof viPlaces, string> = {
}
