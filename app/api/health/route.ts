import { NextResponse } from "next/server";
import { checkHealth } from "@/lib/system/health";

export const dynamic = "force-dynamic";

/** Liveness and readiness: 200 when every part this process depends on answers, 503 "degraded" when one does not. */
export async function GET() {
  const health = await checkHealth();
  return NextResponse.json({ success: true, data: health }, { status: health.status === "ok" ? 200 : 503 });
}
