import { en } from "zod/locales"
import { z } from "zod/mini"

// zod/mini loads no words: every default message would read "Invalid input". Classic zod loaded
// English on import, and the cart and product actions answer with zod's own sentence, so the
// schemas keep those words, in the browser and on the server alike.
z.config(en())

export { z }
