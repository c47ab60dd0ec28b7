import type { Page } from "playwright-core"

/**
 * A guest in the storefront (English): one unit of a product into the cart, then the checkout's
 * first step filled in, up to the choice of hand-over and payment.
 */
export async function guestToCheckout(page: Page, shop: string, handle: string, guest: { email: string; first: string; last: string; phone: string }) {
  await page.goto(`${shop}/en/products/${handle}`)
  await page.getByRole("button", { name: "Add to cart" }).click()
  await page.getByText("Added to your cart.").waitFor()
  await page.goto(`${shop}/en/checkout`)
  await page.getByLabel("Email").fill(guest.email)
  await page.getByLabel("First name").fill(guest.first)
  await page.getByLabel("Last name").fill(guest.last)
  await page.getByLabel("Phone").fill(guest.phone)
  await page.getByRole("button", { name: "Continue" }).click()
  await page.getByTestId("place-order").waitFor()
}
