/**
 * The till's PIN, kept only as a PBKDF2-SHA-256 hash with a random salt (WebCrypto). A 4-6 digit
 * PIN has at most a million values, so no hash makes it secret against someone who copies the
 * device's storage; the hash keeps the PIN itself off the device, and the lock keeps a passer-by
 * out. 100,000 iterations take about a tenth of a second on a 10" tablet.
 */
export type PinHash = { algorithm: "PBKDF2-SHA-256"; iterations: number; salt: string; hash: string }

export const PIN_PATTERN = /^\d{4,6}$/

export function isValidPin(pin: string): boolean {
  return PIN_PATTERN.test(pin)
}

export async function hashPin(pin: string, iterations = 100_000, salt: Uint8Array = crypto.getRandomValues(new Uint8Array(16))): Promise<PinHash> {
  if (!isValidPin(pin)) throw new Error("A PIN is 4 to 6 digits.")
  return { algorithm: "PBKDF2-SHA-256", iterations, salt: toBase64(salt), hash: toBase64(await derive(pin, salt, iterations)) }
}

export async function verifyPin(pin: string, stored: PinHash): Promise<boolean> {
  if (!isValidPin(pin)) return false
  const actual = await derive(pin, fromBase64(stored.salt), stored.iterations)
  const expected = fromBase64(stored.hash)
  // Compare every byte, so the time taken says nothing about how much matched.
  let diff = actual.length ^ expected.length
  for (let i = 0; i < actual.length; i++) diff |= actual[i]! ^ (expected[i] ?? 0)
  return diff === 0
}

async function derive(pin: string, salt: Uint8Array, iterations: number): Promise<Uint8Array> {
  const key = await crypto.subtle.importKey("raw", new TextEncoder().encode(pin), "PBKDF2", false, ["deriveBits"])
  const bits = await crypto.subtle.deriveBits({ name: "PBKDF2", hash: "SHA-256", salt: salt as BufferSource, iterations }, key, 256)
  return new Uint8Array(bits)
}

function toBase64(bytes: Uint8Array): string {
  return btoa(String.fromCharCode(...bytes))
}

function fromBase64(text: string): Uint8Array {
  return Uint8Array.from(atob(text), (c) => c.charCodeAt(0))
}
