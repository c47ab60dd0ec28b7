export declare const ROOT: string
export declare class DatabaseError extends Error {}
export declare function ensureDatabase(opts?: {
  dataDir?: string
  port?: number
  database?: string
  log?: (s: string) => void
}): Promise<{ url: string; embedded: boolean; stop: () => Promise<void> }>
export declare function databaseName(url: string): string
export declare function connectToServer(url: string): Promise<import("pg").Client>
