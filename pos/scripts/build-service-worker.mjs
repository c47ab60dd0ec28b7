// After `react-router build`: a service worker (Workbox) that precaches the app shell in
// build/client (index.html, scripts, styles, icons, the barcode reader's .wasm), so a reload
// works with no network. It runs after the build, not as a Vite plugin, because React Router
// writes index.html (the SPA shell) only once Vite's client build has finished.
// The backend's routes are never cached: sales go through the IndexedDB queue instead.
import path from "node:path"
import { fileURLToPath } from "node:url"
import { generateSW } from "workbox-build"

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)))
const client = path.join(root, "build/client")

const { count, size, warnings } = await generateSW({
  globDirectory: client,
  globPatterns: ["**/*.{html,js,css,svg,png,webmanifest,wasm}"],
  swDest: path.join(client, "sw.js"),
  // Hashed file names change with their content; index.html and the icons are checked by revision.
  dontCacheBustURLsMatching: /\/assets\//,
  maximumFileSizeToCacheInBytes: 3 * 1024 * 1024,
  // Every URL of the till is the one SPA shell; the backend's are not the shell's.
  navigateFallback: "/index.html",
  navigateFallbackDenylist: [/^\/(pos|auth|store|static)(\/|$)/],
  cleanupOutdatedCaches: true,
  clientsClaim: true,
  skipWaiting: true,
  sourcemap: false,
  mode: "production",
})
for (const w of warnings) console.warn(w)
console.log(`Service worker: ${count} files precached (${(size / 1024).toFixed(0)} KiB).`)
