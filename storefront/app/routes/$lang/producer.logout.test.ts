import { describe, expect, it } from "vitest"
import { producerRecords } from "../../../test/mocks/medusa"
import { args, post, producerSignedIn, setCookies, useMedusa } from "../../../test/route-requests"
import { action } from "./producer.logout"

useMedusa()

describe("producer logout", () => {
  it("forgets the producer's token only, and shows the login page", async () => {
    const cookie = await producerSignedIn(producerRecords.HTX_LOGIN)
    const answer = (await action(args(post("/en/producer/logout", {}, cookie), { lang: "en" }))) as Response
    expect(answer.headers.get("location")).toBe("/en/producer/login")
    const [set, ...others] = setCookies(answer)
    expect(set).toMatch(/^ocop_producer=;/)
    expect(others).toEqual([])
  })
})
