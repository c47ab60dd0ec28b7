import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { toast } from "@medusajs/ui"
import { errorMessage, sdk } from "./sdk"

/**
 * Producer logins (docs/producer-api.md, "Access"): who can sign in for a producer, and the
 * invitations sent. Kept apart from queries.ts: only the access page uses them.
 */
export type ProducerMember = { email: string | null; joined_at: string }
export type ProducerInvite = { id: string; email: string; expires_at: string; accepted_at: string | null }
export type ProducerMembers = { members: ProducerMember[]; invites: ProducerInvite[] }

const base = (producerId: string) => `/admin/ocop/producers/${encodeURIComponent(producerId)}`

export const producerAccessApi = {
  members: (producerId: string) => sdk.client.fetch<ProducerMembers>(`${base(producerId)}/members`, { method: "GET" }),
  invite: (producerId: string, email: string) =>
    sdk.client.fetch<{ invite: Omit<ProducerInvite, "accepted_at"> }>(`${base(producerId)}/invites`, {
      method: "POST",
      body: { email },
    }),
}

export const producerAccessKeys = {
  members: (producerId: string) => ["ocop", "producer-access", producerId] as const,
}

export const useProducerMembers = (producerId: string | null) =>
  useQuery({
    queryKey: producerAccessKeys.members(producerId ?? ""),
    queryFn: () => producerAccessApi.members(producerId!),
    enabled: !!producerId,
  })

/** Sends an invitation; the list refreshes so the pending invitation shows at once. */
export function useInviteProducerLogin(producerId: string | null, onDone?: () => void) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (email: string) => producerAccessApi.invite(producerId!, email),
    onSuccess: async (result) => {
      toast.success(`Đã gửi lời mời tới ${result.invite.email} (Invitation sent)`)
      await queryClient.invalidateQueries({ queryKey: producerAccessKeys.members(producerId ?? "") })
      onDone?.()
    },
    onError: (error) => {
      toast.error(errorMessage(error))
    },
  })
}

/** An invitation not yet accepted is pending until it expires. */
export function inviteState(invite: ProducerInvite, now = Date.now()): "accepted" | "pending" | "expired" {
  if (invite.accepted_at) return "accepted"
  return new Date(invite.expires_at).getTime() > now ? "pending" : "expired"
}
