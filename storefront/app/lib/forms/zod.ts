import { z } from "zod/mini"

// zod/mini loads no words, and needs none here: every schema's messages are field names, which
// the pages turn into the shopper's words (decision 16). Anything unnamed reads "Invalid input".
export { z }
