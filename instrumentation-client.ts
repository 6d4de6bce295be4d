// Runs in the browser before the app's own modules (Next's client instrumentation hook).

// Zod compiles fast parsers with `new Function` when it may, and finds out by trying one when a schema
// is built. The pages' Content-Security-Policy has no 'unsafe-eval', so that try is a reported
// violation: the forms parse without compiling instead (their schemas are small). Set before any
// schema module is evaluated, which is why it lives here. Zod 4 keeps its settings on this global
// (what `z.config({ jitless: true })` writes), so no page pays for importing zod just to say it: the
// storefront imports no zod at all. lib/validation/zod-config.test.ts checks zod still reads it.
const zodSettings = globalThis as unknown as { __zod_globalConfig?: Record<string, unknown> };
zodSettings.__zod_globalConfig = { ...zodSettings.__zod_globalConfig, jitless: true };

export {};
