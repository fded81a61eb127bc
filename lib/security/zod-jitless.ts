// Zod 4 compiles object parsers with `new Function` where it may, and finds out by calling
// `Function("")` on the first parse. Under the console's CSP (no 'unsafe-eval') that probe is
// refused and reported as a violation, so in the browser zod interprets instead (forms are small).
//
// The root providers import this on every page, so it must not import zod itself (its schemas
// would then load on pages without a form). It sets the flag on the object `z.config()` reads,
// `globalThis.__zod_globalConfig`, creating it exactly as zod does when zod has not loaded yet
// (zod then adopts it); zod-jitless.test.ts fails if a zod upgrade moves it.
type ZodGlobal = { __zod_globalConfig?: { jitless?: boolean } };

export function configureZodJitless(target: ZodGlobal = globalThis as ZodGlobal): void {
  (target.__zod_globalConfig ??= {}).jitless = true;
}

if (typeof window !== "undefined") configureZodJitless();
