import { EventEmitter } from "node:events"

/**
 * Rows the product index's seed has turned into documents, announced as it goes. A reindex runs
 * inside the Search Module, which only logs every 10 s; scripts in the same process listen here
 * to draw a progress bar.
 */
const emitter = new EventEmitter()

export function reportIndexedRows(count: number) {
  emitter.emit("rows", count)
}

export function onIndexedRows(listener: (count: number) => void): () => void {
  emitter.on("rows", listener)
  return () => emitter.off("rows", listener)
}
