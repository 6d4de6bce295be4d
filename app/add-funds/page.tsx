import { redirect } from "next/navigation";

/** The short address people type or share; customer pages live under /user. */
export default function AddFundsShortcut() {
  redirect("/user/add-funds");
}
