import { useState, type FormEvent } from "react"
import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Key } from "@medusajs/icons"
import { Button, Container, Heading, StatusBadge, Table, Text } from "@medusajs/ui"
import { ListState, Note } from "../../components/note"
import { SelectField, TextField } from "../../components/form-fields"
import { formatInstantDate } from "../../lib/format"
import { inviteState, useInviteProducerLogin, useProducerMembers } from "../../lib/producer-access"
import { useProducers } from "../../lib/queries"

const INVITE_BADGE = {
  accepted: { color: "green", label: "Đã nhận (Accepted)" },
  pending: { color: "orange", label: "Đang chờ (Pending)" },
  expired: { color: "grey", label: "Hết hạn (Expired)" },
} as const

/**
 * Producer logins: pick a producer, invite someone by e-mail (they choose their own password
 * from the link), and see who can sign in for it and which invitations are still open.
 */
const ProducerAccessPage = () => {
  const producers = useProducers()
  const list = producers.data?.producers ?? []
  // ?producer=<id> opens a producer directly (e.g. a link from the producers list).
  const [producerId, setProducerId] = useState<string>(
    () => new URLSearchParams(window.location.search).get("producer") ?? ""
  )
  const [email, setEmail] = useState("")
  const members = useProducerMembers(producerId || null)
  const invite = useInviteProducerLogin(producerId || null, () => setEmail(""))

  const submit = (e: FormEvent) => {
    e.preventDefault()
    if (producerId && email.trim()) invite.mutate(email.trim())
  }

  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h1">Tài khoản chủ thể (Producer logins)</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          Mời người của chủ thể đăng nhập khu vực chủ thể (Invite a producer's people to the producer area)
        </Text>
      </div>
      <div className="grid grid-cols-1 gap-4 px-6 py-4 md:grid-cols-2">
        <SelectField
          label="Chủ thể (Producer)"
          value={producerId}
          onChange={setProducerId}
          options={list.map((p) => ({ value: p.id, label: p.legal_name }))}
        />
        <form onSubmit={submit} className="flex items-end gap-2">
          <div className="flex-1">
            <TextField label="E-mail" type="email" required value={email} onChange={setEmail} placeholder="ten@example.com" />
          </div>
          <Button size="small" type="submit" disabled={!producerId} isLoading={invite.isPending}>
            Gửi lời mời (Invite)
          </Button>
        </form>
      </div>
      {!producerId ? (
        <Note>Chọn một chủ thể (Pick a producer)</Note>
      ) : (
        <>
          <div className="px-6 py-4">
            <Heading level="h2">Thành viên (Members)</Heading>
          </div>
          <ListState isPending={members.isPending} error={members.error} empty={(members.data?.members.length ?? 0) === 0} />
          {(members.data?.members.length ?? 0) > 0 && (
            <Table>
              <Table.Header>
                <Table.Row>
                  <Table.HeaderCell>E-mail</Table.HeaderCell>
                  <Table.HeaderCell>Tham gia (Joined)</Table.HeaderCell>
                </Table.Row>
              </Table.Header>
              <Table.Body>
                {members.data!.members.map((m) => (
                  <Table.Row key={m.email ?? m.joined_at}>
                    <Table.Cell>{m.email ?? "—"}</Table.Cell>
                    <Table.Cell>{formatInstantDate(m.joined_at)}</Table.Cell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          )}
          <div className="px-6 py-4">
            <Heading level="h2">Lời mời (Invitations)</Heading>
          </div>
          <ListState isPending={members.isPending} error={null} empty={(members.data?.invites.length ?? 0) === 0} />
          {(members.data?.invites.length ?? 0) > 0 && (
            <Table>
              <Table.Header>
                <Table.Row>
                  <Table.HeaderCell>E-mail</Table.HeaderCell>
                  <Table.HeaderCell>Trạng thái (Status)</Table.HeaderCell>
                  <Table.HeaderCell>Ngày nhận / hết hạn (Accepted / expires)</Table.HeaderCell>
                </Table.Row>
              </Table.Header>
              <Table.Body>
                {members.data!.invites.map((i) => {
                  const badge = INVITE_BADGE[inviteState(i)]
                  return (
                    <Table.Row key={i.id}>
                      <Table.Cell>{i.email}</Table.Cell>
                      <Table.Cell>
                        <StatusBadge color={badge.color}>{badge.label}</StatusBadge>
                      </Table.Cell>
                      <Table.Cell>{i.accepted_at ? formatInstantDate(i.accepted_at) : formatInstantDate(i.expires_at)}</Table.Cell>
                    </Table.Row>
                  )
                })}
              </Table.Body>
            </Table>
          )}
        </>
      )}
    </Container>
  )
}

export const config = defineRouteConfig({
  label: "Tài khoản (Logins)",
  icon: Key,
})

export default ProducerAccessPage
