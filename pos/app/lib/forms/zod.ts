import { z } from "zod/mini"

// zod/mini, as the storefront (decision 16): every schema's messages are field names, which the
// screens turn into the clerk's words (form.* in locales).
export { z }
