import pg from "pg"
import { inject } from "vitest"

/**
 * Row counts and a checksum of every row of every table in the public schema, to prove a fuzz
 * run wrote nothing: the checksum is over whole rows (not only updated_at), so an update that
 * puts a value back, or a soft delete, still shows.
 */
export type Snapshot = Map<string, string>

/**
 * Rows that change without any request of ours, so they would fail the proof whatever the
 * routes do. Each is a WHERE clause that keeps the rest of the table under watch. Nothing else
 * needed leaving out: sign-ins, reads and refused requests (workflows included) were seen to
 * change no table, and quietSnapshot waits out the fixtures' own settling.
 */
const BACKGROUND: Record<string, string> = {
  // Scheduled jobs (src/jobs: hourly low stock, daily certificate expiry) may notify producers
  // during the run; they read stock and dates, never a request. Every other notification is
  // still watched (an invitation e-mailed by a fuzzed request would show).
  notification: "template not in ('producer-low-stock', 'producer-certificate-expiring')",
}

export async function connectDb() {
  const client = new pg.Client({ connectionString: inject("databaseUrl") })
  await client.connect()
  return client
}

export async function snapshot(client: pg.Client): Promise<Snapshot> {
  const { rows: tables } = await client.query<{ name: string }>(
    "select tablename as name from pg_tables where schemaname = 'public' order by tablename"
  )
  const parts = tables.map(({ name }) => {
    const where = BACKGROUND[name] ? `where ${BACKGROUND[name]}` : ""
    const id = client.escapeIdentifier(name)
    return `select ${client.escapeLiteral(name)} as name, count(*)::text || ':' || md5(coalesce(string_agg(md5(t::text), '' order by md5(t::text)), '')) as sum from public.${id} t ${where}`
  })
  const { rows } = await client.query<{ name: string; sum: string }>(parts.join(" union all "))
  return new Map(rows.map((r) => [r.name, r.sum]))
}

/** The tables whose rows differ, with their counts before and after. */
export function changedTables(before: Snapshot, after: Snapshot): string[] {
  const names = new Set([...before.keys(), ...after.keys()])
  return [...names]
    .filter((n) => before.get(n) !== after.get(n))
    .map((n) => `${n} (rows ${before.get(n)?.split(":")[0] ?? "-"} → ${after.get(n)?.split(":")[0] ?? "-"})`)
}

/** A snapshot taken once the database has stopped moving (settling after the fixtures' writes). */
export async function quietSnapshot(client: pg.Client, timeoutMs = 60_000): Promise<Snapshot> {
  const until = Date.now() + timeoutMs
  let last = await snapshot(client)
  for (;;) {
    await new Promise((r) => setTimeout(r, 2_000))
    const next = await snapshot(client)
    const moved = changedTables(last, next)
    if (!moved.length) return next
    if (Date.now() > until) throw new Error(`The database kept changing without requests: ${moved.join(", ")}`)
    last = next
  }
}
