import { createCookie } from "react-router"
import type { Locale } from "./locale"
import { bearer, sdk } from "./medusa.server"
import { customerToken } from "./session.server"

/**
 * The cart id lives in an httpOnly cookie (secure in production): scripts on the page cannot
 * read it, and every cart change goes through our server actions.
 */
export const cartCookie = createCookie("ocop_cart", {
  httpOnly: true,
  sameSite: "lax",
  secure: process.env.NODE_ENV === "production",
  path: "/",
  maxAge: 60 * 60 * 24 * 30,
})

/** The order just placed in this browser: only it may open that order's confirmation page. */
export const placedOrderCookie = createCookie("ocop_order", {
  httpOnly: true,
  sameSite: "lax",
  secure: process.env.NODE_ENV === "production",
  path: "/",
  maxAge: 60 * 60 * 24,
})

export const CART_FIELDS =
  "id,email,currency_code,region_id,completed_at,total,subtotal,shipping_total,discount_total,tax_total,item_total," +
  "*items,*items.variant,*items.product,*shipping_methods,*shipping_address,*promotions,*payment_collection,*payment_collection.payment_sessions"

export type StoreCart = Awaited<ReturnType<typeof sdk.store.cart.retrieve>>["cart"]

export async function cartIdFrom(request: Request): Promise<string | null> {
  const value = await cartCookie.parse(request.headers.get("cookie"))
  return typeof value === "string" && value.startsWith("cart_") ? value : null
}

/** The visitor's open cart, or null (none yet, placed already, or gone from the backend). */
export async function readCart(request: Request, locale: Locale): Promise<StoreCart | null> {
  const id = await cartIdFrom(request)
  if (!id) return null
  try {
    const { cart } = await sdk.store.cart.retrieve(id, { fields: CART_FIELDS, locale } as any)
    return cart.completed_at ? null : cart
  } catch (error) {
    if ((error as { status?: number }).status === 404) return null
    throw error
  }
}

/** The open cart, creating one in Vietnam (prices in đồng) when there is none. */
export async function ensureCart(request: Request, locale: Locale): Promise<{ cart: StoreCart; setCookie?: string }> {
  const existing = await readCart(request, locale)
  if (existing) return { cart: existing }
  const region = await vietnamRegionId()
  // A signed-in shopper's cart is theirs from the start, so the order lands in their account.
  const token = await customerToken(request)
  const { cart } = await sdk.store.cart.create({ region_id: region }, { fields: CART_FIELDS } as any, token ? bearer(token) : undefined)
  return { cart, setCookie: await cartCookie.serialize(cart.id) }
}

let vietnam: string | undefined
export async function vietnamRegionId(): Promise<string> {
  if (vietnam) return vietnam
  const { regions } = await sdk.store.region.list({ limit: 20 })
  const region = regions.find((r) => r.currency_code === "vnd")
  if (!region) throw new Error("The backend has no region in đồng (VND): run the seed.")
  vietnam = region.id
  return vietnam
}

export function itemCount(cart: StoreCart | null): number {
  return (cart?.items ?? []).reduce((n, item) => n + item.quantity, 0)
}
