type Proc = { name: string; port: number; env: Record<string, string> }
export declare const MIN_POOL_FOR_POSTGRES_LOCKS: number
export declare function clusterPlan(env: Record<string, string | undefined>):
  | { ok: true; summary: string; servers: Proc[]; workers: Proc[]; env: Record<string, string>; storefrontPort: number; posPort: number }
  | { ok: false; message: string }
