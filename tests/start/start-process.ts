import { spawn, type ChildProcess } from "node:child_process"
import net from "node:net"
import path from "node:path"

export const ROOT = path.resolve(__dirname, "../..")

/** `npm start` as a user runs it (node scripts/start.mjs), with its output collected. */
export function startOcop(env: Record<string, string>) {
  return startScript("scripts/start.mjs", [], { DATABASE_URL: "", REDIS_URL: "", ...env })
}

/** A start script of the project (start.mjs, start-cluster.mjs), with its output collected. No
 *  Stripe keys reach it from the developer's shell: tests pay by the manual methods. */
export function startScript(script: string, args: string[], env: Record<string, string>) {
  const child: ChildProcess = spawn(process.execPath, [path.join(ROOT, script), ...args], {
    cwd: ROOT,
    env: { ...process.env, STRIPE_API_KEY: "", STRIPE_WEBHOOK_SECRET: "", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  })
  let output = ""
  child.stdout!.on("data", (d) => (output += d))
  child.stderr!.on("data", (d) => (output += d))
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)))
  return {
    child,
    exited,
    output: () => output,
    /** Resolves when the output matches, rejects if the process ends first. */
    async waitFor(pattern: RegExp, timeoutMs = 240_000) {
      const until = Date.now() + timeoutMs
      while (!pattern.test(output)) {
        if (child.exitCode !== null) throw new Error(`${script} exited (${child.exitCode}) before ${pattern}:\n${output.slice(-3000)}`)
        if (Date.now() > until) throw new Error(`No ${pattern} after ${timeoutMs / 1000} s:\n${output.slice(-3000)}`)
        await new Promise((r) => setTimeout(r, 250))
      }
    },
  }
}

export function portInUse(port: number) {
  return new Promise<boolean>((resolve) => {
    const socket = net.connect({ port, host: "127.0.0.1" })
    socket.once("connect", () => {
      socket.destroy()
      resolve(true)
    })
    socket.once("error", () => resolve(false))
  })
}

/** Polls a URL until it answers 2xx (the storefront builds on its first start). */
export async function waitForHttp(url: string, timeoutMs = 180_000) {
  const until = Date.now() + timeoutMs
  while (Date.now() < until) {
    if (await fetch(url).then((r) => r.ok, () => false)) return
    await new Promise((r) => setTimeout(r, 500))
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`)
}
