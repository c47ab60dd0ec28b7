/**
 * How a till names a shift: the backend's id (`pshift_…`), or, for a shift the till opened
 * offline and has not heard back about yet, the client id it opened it with. Sales and returns
 * queued under such a shift carry that client id; the shift's open is ahead of them in the
 * till's queue, so by the time they arrive it names a shift here (decision 22).
 */
export function shiftFilter(ref: string): { id: string } | { client_id: string } {
  return ref.startsWith("pshift_") ? { id: ref } : { client_id: ref }
}
