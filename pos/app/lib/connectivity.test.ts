import { describe, expect, it } from "vitest"
import { createConnectivity } from "./connectivity"

describe("connectivity", () => {
  it("is offline when the browser says so, or when the last call did not reach the backend", () => {
    let online = true
    const c = createConnectivity(() => online)
    const heard: boolean[] = []
    c.subscribe(() => heard.push(c.offline))
    expect(c.offline).toBe(false)
    c.reached(false)
    expect(c.offline).toBe(true)
    c.reached(true)
    expect(c.offline).toBe(false)
    online = false
    expect(c.offline).toBe(true)
    expect(heard).toEqual([true, false])
  })
})
