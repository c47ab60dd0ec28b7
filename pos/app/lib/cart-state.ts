import type { CatalogueProduct, CatalogueVariant, Customer, Discount, SaleLine } from "./api/types"

/** The sale being rung up: what the till keeps (and stores, so a reload keeps it) until it is paid. */
export type CartLine = Pick<SaleLine, "variant_id" | "title_vi" | "title_en" | "variant_title" | "sku" | "stars" | "producer" | "unit_price" | "quantity"> & {
  product_id: string
  /** Stock here when it was added: a hint, the backend checks. */
  available: number
  discount?: Discount
}

export type CartState = { lines: CartLine[]; order_discount?: Discount; customer?: Customer; note: string }

export const EMPTY_CART: CartState = { lines: [], note: "" }

export type CartAction =
  | { type: "add"; product: CatalogueProduct; variant: CatalogueVariant; quantity?: number }
  | { type: "quantity"; variant_id: string; quantity: number }
  | { type: "remove"; variant_id: string }
  | { type: "line_discount"; variant_id: string; discount?: Discount }
  | { type: "order_discount"; discount?: Discount }
  | { type: "customer"; customer?: Customer }
  | { type: "note"; note: string }
  | { type: "clear" }
  | { type: "load"; cart: CartState }

export const MAX_QUANTITY = 999

export function cartReducer(cart: CartState, action: CartAction): CartState {
  switch (action.type) {
    case "add": {
      const { product, variant, quantity = 1 } = action
      const found = cart.lines.find((l) => l.variant_id === variant.id)
      if (found) return cartReducer(cart, { type: "quantity", variant_id: variant.id, quantity: found.quantity + quantity })
      const line: CartLine = {
        variant_id: variant.id,
        product_id: product.id,
        title_vi: product.title_vi,
        title_en: product.title_en,
        variant_title: variant.title,
        sku: variant.sku,
        stars: product.stars,
        producer: product.producer,
        unit_price: variant.price,
        quantity: Math.min(MAX_QUANTITY, Math.max(1, quantity)),
        available: variant.available,
      }
      return { ...cart, lines: [...cart.lines, line] }
    }
    case "quantity": {
      if (action.quantity <= 0) return cartReducer(cart, { type: "remove", variant_id: action.variant_id })
      const quantity = Math.min(MAX_QUANTITY, Math.floor(action.quantity))
      return { ...cart, lines: cart.lines.map((l) => (l.variant_id === action.variant_id ? { ...l, quantity } : l)) }
    }
    case "remove":
      return { ...cart, lines: cart.lines.filter((l) => l.variant_id !== action.variant_id) }
    case "line_discount":
      return { ...cart, lines: cart.lines.map((l) => (l.variant_id === action.variant_id ? withDiscount(l, action.discount) : l)) }
    case "order_discount":
      return withOrderDiscount(cart, action.discount)
    case "customer":
      return action.customer ? { ...cart, customer: action.customer } : withoutCustomer(cart)
    case "note":
      return { ...cart, note: action.note }
    case "clear":
      return EMPTY_CART
    case "load":
      return action.cart
  }
}

function withDiscount(line: CartLine, discount: Discount | undefined): CartLine {
  const { discount: _old, ...rest } = line
  return discount ? { ...rest, discount } : rest
}

function withOrderDiscount(cart: CartState, discount: Discount | undefined): CartState {
  const { order_discount: _old, ...rest } = cart
  return discount ? { ...rest, order_discount: discount } : rest
}

function withoutCustomer(cart: CartState): CartState {
  const { customer: _old, ...rest } = cart
  return rest
}

/** Units in the cart (for the badge on the pay button). */
export function cartUnits(cart: CartState): number {
  return cart.lines.reduce((s, l) => s + l.quantity, 0)
}
