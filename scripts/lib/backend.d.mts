export declare const BACKEND: string
export declare function medusa(args: string[], opts?: { quiet?: boolean }): Promise<string>
export declare function migrate(): Promise<void>
export declare function runSeed(): Promise<string>
export declare function isSeeded(url: string): Promise<boolean>
export declare function resetDatabase(url: string): Promise<void>
export declare function dropDatabase(url: string, opts?: { recreate?: boolean }): Promise<void>
export declare function withClient<T>(url: string, work: (client: import("pg").Client) => Promise<T>): Promise<T>
