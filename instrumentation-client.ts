// Runs in the browser before the app's own modules (Next's client instrumentation hook).
import { z } from "zod";

// Zod compiles fast parsers with `new Function` when it may, and finds out by trying one when a schema
// is built. The pages' Content-Security-Policy has no 'unsafe-eval', so that try is a reported
// violation: the forms parse without compiling instead (their schemas are small). Set before any
// schema module is evaluated, which is why it lives here.
z.config({ jitless: true });
