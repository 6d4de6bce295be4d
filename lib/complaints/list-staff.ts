import { db } from "@/lib/db";

/** Active SUPPORT and ADMIN people a case can be assigned to. */
export async function listStaffMembers(): Promise<{ id: string; fullName: string; email: string }[]> {
  return db.user.findMany({
    where: { role: { in: ["SUPPORT", "ADMIN"] }, status: "ACTIVE" },
    orderBy: { fullName: "asc" },
    select: { id: true, fullName: true, email: true },
  });
}
