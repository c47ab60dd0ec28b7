import type { Config } from "@react-router/dev/config"

export default {
  // A till is one clerk's screen, not a public page: no server rendering. The build is static
  // files (build/client/index.html answers every URL), served with the backend proxied beside it.
  ssr: false,
  appDirectory: "app",
} satisfies Config
