import { type RouteConfig, index, layout, route } from "@react-router/dev/routes"

// Routes mirror URLs: app/routes/<path>.tsx serves /<path>. None starts with /pos, /auth, /store
// or /static: those go to the backend through the same origin (vite.config.ts).
export default [
  index("routes/index.tsx"),
  route("sign-in", "routes/sign-in.tsx"),
  layout("routes/till.tsx", [
    route("pin", "routes/pin.tsx"),
    route("shift/open", "routes/shift.open.tsx"),
    route("shift/close", "routes/shift.close.tsx"),
    route("sell", "routes/sell.tsx"),
    route("pay", "routes/pay.tsx"),
    route("receipts/:ref", "routes/receipts.$ref.tsx"),
    route("sales", "routes/sales.tsx"),
    route("conflicts", "routes/conflicts.tsx"),
    route("deliveries", "routes/deliveries.tsx"),
    route("returns", "routes/returns.tsx"),
    route("returns/:saleId", "routes/returns.$saleId.tsx"),
    route("reports/day", "routes/reports.day.tsx"),
    route("settings", "routes/settings.tsx"),
  ]),
  route("*", "routes/not-found.tsx"),
] satisfies RouteConfig
