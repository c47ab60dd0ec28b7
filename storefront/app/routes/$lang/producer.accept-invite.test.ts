import { describe, expect, it } from "vitest"
import { medusa, producerRecords } from "../../../test/mocks/medusa"
import { args, body, post, setCookies, status, useMedusa } from "../../../test/route-requests"
import { action as accept } from "./producer.accept-invite"

useMedusa()

const { INVITE_TOKEN, INVITE_EMAIL } = producerRecords
const acceptWith = (fields: Record<string, string>) => accept(args(post("/vi/producer/accept-invite", fields), { lang: "vi" }))

describe("accepting an invitation", () => {
  it("sets the password, then signs the new login in to the dashboard", async () => {
    const answer = (await acceptWith({ token: INVITE_TOKEN, password: "ke-toan-2026", confirm: "ke-toan-2026" })) as Response
    expect(medusa.find("POST", "/producer-invites/accept")[0]!.body).toEqual({ token: INVITE_TOKEN, password: "ke-toan-2026" })
    expect(medusa.find("POST", "/auth/producer/emailpass")[0]!.body).toEqual({ email: INVITE_EMAIL, password: "ke-toan-2026" })
    expect(answer.headers.get("location")).toBe("/vi/producer")
    expect(setCookies(answer)[0]).toMatch(/^ocop_producer=/)
  })

  it("shows the backend's sentence for a used invitation", async () => {
    await acceptWith({ token: INVITE_TOKEN, password: "ke-toan-2026", confirm: "ke-toan-2026" })
    const again = await acceptWith({ token: INVITE_TOKEN, password: "ke-toan-2027", confirm: "ke-toan-2027" })
    expect(status(again)).toBe(400)
    expect(body(again).error).toBe("Lời mời đã hết hạn hoặc đã được dùng.")
  })

  it("refuses a short or mistyped password before asking the backend", async () => {
    expect(body(await acceptWith({ token: INVITE_TOKEN, password: "ngan", confirm: "khac" })).fields.sort()).toEqual(["confirm", "password"])
    expect(medusa.received).toEqual([])
  })
})
