/**
 * An ASCII slug of a Vietnamese name: "Bát Tràng" -> "bat-trang". NFD splits the tone and
 * vowel marks off so they can be dropped; đ/Đ is a letter of its own and needs mapping.
 */
export function toHandle(name: string): string {
  return name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
}

export const HANDLE_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
