import { serve } from "inngest/next";
import { inngest, inngestFunctions } from "@/inngest/client";
import { route } from "@/lib/http/route";
import { jobsMode } from "@/lib/jobs/mode";

// Each Inngest step is one invocation of this route; the longest is a status-sync slice (20 provider
// calls, 4 at a time) or a forward (one call, its timeout at most 120 s). 300 s is the most Vercel's
// plans allow by default with Fluid compute.
export const maxDuration = 300;

const handlers = serve({ client: inngest, functions: inngestFunctions });

// In local mode the jobs run in-process (lib/jobs/local-runner.ts); Inngest has nothing to call here.
// Inngest Cloud calls from its own servers and proves itself with the signing key (checked by serve()).
const forInngest = (method: "GET" | "POST" | "PUT") =>
  route({ auth: "public", origin: "any" }, async ({ req }) => {
    if (jobsMode() === "local")
      return Response.json(
        { success: false, error: { code: "jobs_local", message: "Background jobs run in-process (no Inngest keys, INNGEST_DEV unset)." } },
        { status: 404 },
      );
    return handlers[method](req as never, undefined as never);
  });

export const GET = forInngest("GET");
export const POST = forInngest("POST");
export const PUT = forInngest("PUT");
