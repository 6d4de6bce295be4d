import { redirect } from "next/navigation";
import { pagePermission } from "@/lib/auth/current-user";

export default async function AdminHome() {
  await pagePermission("admin.access");
  redirect("/admin/users");
}
