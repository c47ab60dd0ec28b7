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
    route("orders/:id/confirmed", "routes/$lang/orders.$id.confirmed.tsx"),
    route("*", "routes/$lang/not-found.tsx"),
  ]),
] satisfies RouteConfig
