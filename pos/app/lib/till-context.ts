import { createContext, useContext } from "react"
import type { CatalogueProduct, Me, Shift } from "./api/types"
import type { CartAction, CartState } from "./cart-state"
import type { OfflineLimits } from "./offline-limits"
import type { Services } from "./services"

/** What every screen inside the till layout shares: who, where, the shift, the catalogue, the cart. */
export type Till = {
  services: Services
  me: Me
  tillId: string
  setTillId: (id: string) => Promise<void>
  shift: Shift | null
  setShift: (shift: Shift | null) => Promise<void>
  catalogue: CatalogueProduct[]
  /** After a sale or a return: this centre's stock as the till now believes it (a hint). */
  adjustStock: (changes: { variant_id: string; delta: number }[]) => void
  cart: CartState
  dispatch: (action: CartAction) => void
  hasPin: boolean
  pinSet: () => void
  lock: () => void
  signOut: () => Promise<void>
  /** False with no network, or when the last call did not reach the backend. */
  online: boolean
  /** What this centre lets the till sell offline (`/pos/me` settings.offline). */
  limits: OfflineLimits
}

export const TillContext = createContext<Till | null>(null)

export function useTill(): Till {
  const till = useContext(TillContext)
  if (!till) throw new Error("useTill outside the till layout")
  return till
}
