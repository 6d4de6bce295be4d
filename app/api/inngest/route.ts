import { serve } from "inngest/next";
import { inngest, inngestFunctions } from "@/inngest/client";
import { jobsMode } from "@/lib/jobs/mode";

// Each Inngest step is one invocation of this route; the longest is a status-sync slice (20 provider
// calls, 4 at a time) or a forward (one call, its timeout at most 120 s). 300 s is the most Vercel's
// plans allow by default with Fluid compute.
export const maxDuration = 300;

const handlers = serve({ client: inngest, functions: inngestFunctions });

// In local mode the jobs run in-process (lib/jobs/local-runner.ts); Inngest has nothing to call here.
const localMode = () =>
  Response.json({ success: false, error: { code: "jobs_local", message: "Background jobs run in-process (no Inngest keys, INNGEST_DEV unset)." } }, { status: 404 });

export const GET = (req: Request, ctx: unknown) => (jobsMode() === "local" ? localMode() : handlers.GET(req as never, ctx as never));
export const POST = (req: Request, ctx: unknown) => (jobsMode() === "local" ? localMode() : handlers.POST(req as never, ctx as never));
export const PUT = (req: Request, ctx: unknown) => (jobsMode() === "local" ? localMode() : handlers.PUT(req as never, ctx as never));
