import { jsonAnswer } from "@/lib/http/json-answer";
import { route } from "@/lib/http/route";
import { checkHealth } from "@/lib/system/health";

export const dynamic = "force-dynamic";

/** Liveness and readiness: 200 when every part this process depends on answers, 503 "degraded" when one does not. */
export const GET = route({ auth: "public" }, async () => {
  const health = await checkHealth();
  return jsonAnswer(
    { success: true, data: health },
    { status: health.status === "ok" ? 200 : 503, headers: { "cache-control": "no-store" } },
  );
});
