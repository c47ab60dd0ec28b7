// Remembers what the database was last migrated with, so a restart with unchanged code skips
// `medusa db:migrate` (about 20 s with nothing to do). The stamp covers everything that shapes
// the schema: installed package versions (package-lock.json), our modules' migrations, our
// links, medusa-config.ts, the search index definitions and which search engine holds them
// (db:migrate creates the indexes), whether Stripe is on (the seed sets each region's payment
// methods from it), and the seed's own code (a changed seed re-runs on the existing data).
// A database that lacks the OCOP tables is always migrated.
import crypto from "node:crypto"
import fs from "node:fs"
import path from "node:path"
import { ROOT } from "./database.mjs"

const STAMPS = path.join(process.env.OCOP_DATA_DIR || path.join(ROOT, ".data"), "migrated.json")

function filesUnder(dir) {
  if (!fs.existsSync(dir)) return []
  return fs.readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => path.join(e.parentPath ?? e.path, e.name))
    .sort()
}

export function schemaStamp() {
  const backend = path.join(ROOT, "backend")
  const modules = path.join(backend, "src/modules")
  const files = [
    path.join(ROOT, "package-lock.json"),
    path.join(backend, "medusa-config.ts"),
    ...filesUnder(path.join(backend, "src/links")),
    ...filesUnder(path.join(backend, "src/search")),
    ...filesUnder(path.join(backend, "src/providers")),
    path.join(backend, "src/lib/search/product-index-fields.ts"),
    path.join(backend, "src/config/search.ts"),
    path.join(backend, "src/config/payments.ts"),
    path.join(ROOT, "seed/data/regions.json"),
    // The seed brings existing data in line with new code (e.g. centres' web channels).
    ...filesUnder(path.join(ROOT, "seed/src")),
    ...(fs.existsSync(modules) ? fs.readdirSync(modules).flatMap((m) => filesUnder(path.join(modules, m, "migrations"))) : []),
  ]
  const hash = crypto.createHash("sha256")
  for (const f of files) hash.update(path.relative(ROOT, f)).update(fs.readFileSync(f))
  hash.update(`search engine: ${process.env.MEILISEARCH_HOST ? "meilisearch" : "postgres"}`)
  // Regions offer Stripe only while its keys are set: a change re-runs the (idempotent) seed.
  hash.update(`stripe: ${process.env.STRIPE_API_KEY ? "on" : "off"}`)
  return hash.digest("hex")
}

function read() {
  try {
    return JSON.parse(fs.readFileSync(STAMPS, "utf8"))
  } catch {
    return {}
  }
}

export function isMigrated(url, stamp) {
  return read()[url] === stamp
}

export function markMigrated(url, stamp) {
  fs.mkdirSync(path.dirname(STAMPS), { recursive: true })
  fs.writeFileSync(STAMPS, JSON.stringify({ ...read(), [url]: stamp }, null, 2))
}
