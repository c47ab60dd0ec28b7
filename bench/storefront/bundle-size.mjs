#!/usr/bin/env node
// The JavaScript each storefront route ships, gzipped: read from the client build's manifest
// (storefront/build/client/assets/manifest-*.js), no server needed. A route's total is the
// entry module and its imports, then the module and imports of every route from root down to the
// page (e.g. root → routes/$lang/layout → routes/$lang/products.$handle), each file counted once
// and gzipped on its own (level 9), as a browser downloads them. CSS, the manifest itself and the
// inline hydration data are not counted. Exits 1 when the product page is over its budget.
// "later" is what those files import() on demand (the form checks' zod, when a form is first
// touched), not counted in the total nor the budget: it is shown so it cannot grow unseen.
//   npm run build --workspace storefront
//   node bench/storefront/bundle-size.mjs [--budget 100]     (1 KB = 1000 bytes, as Vite prints)
import fs from "node:fs"
import path from "node:path"
import { fileURLToPath } from "node:url"
import { gzipSync } from "node:zlib"
import { arg } from "../cli.mjs"

const PRODUCT_ROUTE = "routes/$lang/products.$handle"
const budgetKB = Number(arg("budget", 100))
const client = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../storefront/build/client")
const assets = path.join(client, "assets")

const manifests = fs.existsSync(assets)
  ? fs.readdirSync(assets).filter((name) => /^manifest-[\w-]+\.js$/.test(name))
  : []
if (!manifests.length) {
  console.error(`No storefront client build (${assets}/manifest-*.js).`)
  console.error("Build it first:  npm run build --workspace storefront")
  process.exit(1)
}
// One build leaves one manifest; should older ones linger, the newest is the current build.
const manifestFile = manifests
  .map((name) => path.join(assets, name))
  .sort((a, b) => fs.statSync(b).mtimeMs - fs.statSync(a).mtimeMs)[0]
const manifestText = fs.readFileSync(manifestFile, "utf8")
const manifest = JSON.parse(manifestText.slice(manifestText.indexOf("=") + 1).trim().replace(/;$/, ""))

const gzipped = new Map()
let developmentReact = false
/** Gzipped bytes of one asset, by its URL in the manifest ("/assets/x.js"). */
function gzipSize(url) {
  if (!gzipped.has(url)) {
    const file = path.join(client, new URL(url, "http://x/").pathname)
    const fallback = path.join(assets, path.basename(file)) // a basename in the URLs
    const source = fs.readFileSync(fs.existsSync(file) ? file : fallback)
    // A message only react-dom's development build carries: built with NODE_ENV other than production.
    if (source.includes("validateDOMNesting")) developmentReact = true
    gzipped.set(url, gzipSync(source, { level: 9 }).length)
  }
  return gzipped.get(url)
}

/** The route and its ancestors, root first. */
function chain(id) {
  const routes = []
  for (let route = manifest.routes[id]; route; route = manifest.routes[route.parentId]) routes.unshift(route)
  return routes
}

function routeFiles(id) {
  const files = new Set([manifest.entry.module, ...(manifest.entry.imports ?? [])])
  for (const route of chain(id)) for (const url of [route.module, ...(route.imports ?? [])]) if (url) files.add(url)
  return [...files]
}

/** Files the page's files load with import(), and what those import: Vite lists them per file. */
function laterFiles(files) {
  const later = new Set()
  for (const url of files) {
    const file = path.join(assets, path.basename(new URL(url, "http://x/").pathname))
    const deps = fs.readFileSync(file, "utf8").match(/__vite__mapDeps=.*?m\.f=(\[[^\]]*\])/)
    for (const dep of deps ? JSON.parse(deps[1]) : []) if (dep.endsWith(".js")) later.add(`/${dep}`)
  }
  return [...later].filter((url) => !files.includes(url))
}

const kb = (bytes) => (bytes / 1000).toFixed(1)
const rows = Object.keys(manifest.routes).map((id) => {
  const files = routeFiles(id)
  const later = laterFiles(files)
  return { id, files: files.length, bytes: files.reduce((sum, url) => sum + gzipSize(url), 0), later: later.reduce((sum, url) => sum + gzipSize(url), 0) }
})
const width = Math.max(...rows.map((r) => r.id.length), "route".length)
console.log(`Storefront JavaScript per route, gzipped (level 9), from ${path.relative(process.cwd(), manifestFile)}`)
console.log(`  ${"route".padEnd(width)}  files  gzipped KB  later KB`)
for (const row of rows) {
  console.log(`  ${row.id.padEnd(width)}  ${String(row.files).padStart(5)}  ${kb(row.bytes).padStart(10)}  ${(row.later ? kb(row.later) : "").padStart(8)}`)
}

// The largest files, since a budget is usually lost to one of them.
const shared = [...gzipped].sort((a, b) => b[1] - a[1]).slice(0, 5)
console.log(`  largest files: ${shared.map(([url, bytes]) => `${path.basename(url)} ${kb(bytes)} KB`).join(", ")}`)
console.log(`  (not counted: the route manifest itself, ${kb(gzipSync(manifestText, { level: 9 }).length)} KB, which every page also loads)`)

if (developmentReact) {
  console.log("  WARNING: this build bundles React's development build (it was built with NODE_ENV set to something")
  console.log("  other than production, e.g. test), so every figure is inflated. Rebuild for production:")
  console.log("    NODE_ENV=production npm run build --workspace storefront")
}

const product = rows.find((row) => row.id === PRODUCT_ROUTE)
if (!product) {
  console.error(`The build has no ${PRODUCT_ROUTE} route: cannot check its budget.`)
  process.exit(1)
}
const over = product.bytes > budgetKB * 1000
console.log(`\nProduct page (${PRODUCT_ROUTE}): ${kb(product.bytes)} KB of ${budgetKB} KB budget: ${over ? "OVER budget" : "within budget"}`)
if (product.later) console.log(`  and ${kb(product.later)} KB later, when the shopper first touches the add-to-cart form`)
process.exit(over ? 1 : 0)
