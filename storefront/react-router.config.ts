import type { Config } from "@react-router/dev/config"

export default {
  // Server-rendered: the shop must be usable without JavaScript and fast on a phone.
  ssr: true,
  appDirectory: "app",
  future: {
    v8_middleware: true,
    // Loaders/actions split from components: a page downloads less JavaScript.
    v8_splitRouteModules: true,
    v8_trailingSlashAwareDataRequests: true,
  },
} satisfies Config
