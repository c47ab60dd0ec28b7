import { usePrompt } from "@medusajs/ui"
import type { DeleteResponse } from "./ocop-types"
import { useOcopMutation } from "./queries"

/**
 * Asks before deleting, then deletes. A refusal from the API (a centre that still holds stock,
 * a village with producers) arrives as a 400 whose message the mutation shows as a toast.
 */
export function useConfirmDelete(remove: (id: string) => Promise<DeleteResponse>, successMessage: string) {
  const prompt = usePrompt()
  const mutation = useOcopMutation(remove, { successMessage })

  return async (id: string, name: string) => {
    const confirmed = await prompt({
      // The name goes in the description: centre names run to three lines as a heading.
      title: "Xoá bản ghi này? (Delete this record?)",
      description: `"${name}" sẽ bị xoá, không thể hoàn tác. (This cannot be undone.)`,
      confirmText: "Xoá (Delete)",
      cancelText: "Huỷ (Cancel)",
    })
    if (confirmed) mutation.mutate(id)
  }
}
