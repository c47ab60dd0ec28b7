#!/usr/bin/env node
// npm run seed [-- --reset]
// Loads the demo catalogue (seed/src) into the project's database through `medusa exec`.
// --reset empties the database first (drops and recreates it, then migrates), so the seed
// starts over.
import { ensureDatabase, DatabaseError } from "./lib/database.mjs"
import { migrate, resetDatabase, runSeed } from "./lib/backend.mjs"
import { markMigrated, schemaStamp } from "./lib/migration-stamp.mjs"

const reset = process.argv.includes("--reset")
let db
// Ctrl-C also reaches `medusa exec` (same process group); we only need to stop the database.
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, async () => {
    await db?.stop().catch(() => {})
    process.exit(130)
  })
}
try {
  db = await ensureDatabase()
  process.env.DATABASE_URL = db.url
  if (reset) await resetDatabase(db.url)
  await migrate()
  markMigrated(db.url, schemaStamp())
  await runSeed()
} catch (e) {
  console.error(e instanceof DatabaseError ? `\n✖ ${e.message}\n` : `\n✖ ${e.message ?? e}\n`)
  process.exitCode = 1
} finally {
  await db?.stop()
}
