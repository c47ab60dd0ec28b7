import { describe, expect, it } from "vitest"
import { medusa, producerRecords } from "../../../test/mocks/medusa"
import { args, body, post, status, useMedusa } from "../../../test/route-requests"
import { action as reset } from "./producer.reset-password"

useMedusa()

const { PRODUCER_RESET_TOKEN, HTX_LOGIN } = producerRecords
const resetWith = (fields: Record<string, string>) => reset(args(post("/en/producer/reset-password", fields), { lang: "en" }))

describe("producer password reset", () => {
  it("asks for a link the same way whether the address is known or not", async () => {
    const known = await resetWith({ intent: "request", email: HTX_LOGIN.email })
    const unknown = await resetWith({ intent: "request", email: "nobody@example.vn" })
    expect(body(known)).toEqual(body(unknown))
    expect(medusa.find("POST", "/auth/producer/emailpass/reset-password").map((r) => r.body)).toEqual([{ identifier: HTX_LOGIN.email }, { identifier: "nobody@example.vn" }])
  })

  it("sets the new password with the link's token, then sends the producer to log in", async () => {
    const answer = (await resetWith({ intent: "reset", token: PRODUCER_RESET_TOKEN, email: HTX_LOGIN.email, password: "men-ran-2027", confirm: "men-ran-2027" })) as Response
    expect(answer.headers.get("location")).toBe("/en/producer/login?reset=done")
    const [call] = medusa.find("POST", "/auth/producer/emailpass/update")
    expect(call!.headers.get("authorization")).toBe(`Bearer ${PRODUCER_RESET_TOKEN}`)
    expect(call!.body).toEqual({ password: "men-ran-2027" })
  })

  it("says the link expired when the backend refuses its token", async () => {
    const answer = await resetWith({ intent: "reset", token: "preset_not-a-token", email: HTX_LOGIN.email, password: "men-ran-2027", confirm: "men-ran-2027" })
    expect(status(answer)).toBe(400)
    expect(body(answer)).toEqual({ sent: false, expired: true, fields: [] })
  })
})
