import { z } from "zod";

// Zod 4 compiles object parsers with `new Function` where it may, and finds out by calling
// `Function("")` on the first parse. Under the console's CSP (no 'unsafe-eval') that probe is
// refused and reported as a violation, so in the browser zod interprets instead (forms are small).
if (typeof window !== "undefined") z.config({ jitless: true });
