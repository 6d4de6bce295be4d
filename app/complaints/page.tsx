import { redirect } from "next/navigation";

/** The specification names /complaints; customer pages live under /user. */
export default function ComplaintsRedirect() {
  redirect("/user/complaints");
}
