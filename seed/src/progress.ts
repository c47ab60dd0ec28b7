import cliProgress from "cli-progress"

/**
 * One bar for the whole seed, labelled with the stage it is in. On a terminal it redraws in
 * place; in CI logs (no TTY) it prints a line per stage instead of hundreds of redraws.
 */
export function createProgress(total: number) {
  const tty = Boolean(process.stdout.isTTY)
  const bar = new cliProgress.SingleBar(
    {
      format: " {bar} {percentage}% | {value}/{total} | {stage}",
      hideCursor: true,
      noTTYOutput: false,
    },
    cliProgress.Presets.shades_classic
  )
  let done = 0
  let stage = ""
  if (tty) bar.start(total, 0, { stage: "starting" })
  return {
    stage(name: string) {
      stage = name
      if (tty) bar.update(done, { stage })
      else console.log(`[seed] ${name} (${done}/${total})`)
    },
    tick(n = 1) {
      done += n
      if (tty) bar.update(done, { stage })
    },
    stop() {
      if (tty) {
        bar.update(total, { stage: "done" })
        bar.stop()
      } else console.log(`[seed] done (${total}/${total})`)
    },
  }
}
export type Progress = ReturnType<typeof createProgress>
