import { type RouteConfig, index, route } from "@react-router/dev/routes"

// Routes mirror URLs: app/routes/$lang/<path>.tsx serves /{vi|en}/<path>.
export default [
  index("routes/index.tsx"),
  route(":lang", "routes/$lang/layout.tsx", [
    index("routes/$lang/home.tsx"),
    route("search", "routes/$lang/search.tsx"),
    route("products/:handle", "routes/$lang/products.$handle.tsx"),
    route("cart", "routes/$lang/cart.tsx"),
    route("checkout", "routes/$lang/checkout.tsx"),
    route("checkout/card", "routes/$lang/checkout.card.tsx"),
    route("orders/:id/confirmed", "routes/$lang/orders.$id.confirmed.tsx"),
    route("receipts/:number", "routes/$lang/receipts.$number.tsx"),
    route("centres", "routes/$lang/centres.tsx"),
    route("centres/:handle", "routes/$lang/centres.$handle.tsx"),
    route("villages/:handle", "routes/$lang/villages.$handle.tsx"),
    route("producers/:handle", "routes/$lang/producers.$handle.tsx"),
    route("account", "routes/$lang/account.tsx"),
    route("account/login", "routes/$lang/account.login.tsx"),
    route("account/register", "routes/$lang/account.register.tsx"),
    route("account/logout", "routes/$lang/account.logout.tsx"),
    route("account/reset-password", "routes/$lang/account.reset-password.tsx"),
    route("account/orders/:id", "routes/$lang/account.orders.$id.tsx"),
    route("*", "routes/$lang/not-found.tsx"),
  ]),
] satisfies RouteConfig
