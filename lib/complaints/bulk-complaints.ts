import { isAppError } from "@/lib/errors/app-error";
import type { Actor } from "./actor";
import { updateComplaint } from "./update-complaint";

export type BulkAction = { action: "assign"; assigneeId: string | null } | { action: "close"; message?: string };
export type BulkResult = { id: number; ok: boolean; error?: string };

/** Assign or close a selection; each case is its own transaction and reports its own outcome. */
export async function bulkComplaints(actor: Actor, ids: number[], action: BulkAction): Promise<BulkResult[]> {
  const results: BulkResult[] = [];
  for (const id of [...new Set(ids)]) {
    try {
      if (action.action === "assign")
        await updateComplaint(actor, id, { assigneeId: action.assigneeId, message: undefined, internal: false });
      else await updateComplaint(actor, id, { status: "CLOSED", message: action.message, internal: false });
      results.push({ id, ok: true });
    } catch (error) {
      if (!isAppError(error)) throw error;
      results.push({ id, ok: false, error: error.message });
    }
  }
  return results;
}
