import { NextResponse } from "next/server";
import { checkHealth } from "@/lib/system/health";

export const dynamic = "force-dynamic";

/** Liveness and readiness: 200 when the database answers, 503 when it does not. */
export async function GET() {
  const health = await checkHealth();
  return NextResponse.json({ success: true, data: health }, { status: health.database.reachable ? 200 : 503 });
}
