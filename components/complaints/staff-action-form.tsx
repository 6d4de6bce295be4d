"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useRef, useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import {
  canMove,
  COMPLAINT_PRIORITIES,
  COMPLAINT_STATUSES,
  type ComplaintPriorityName,
  type ComplaintStatusName,
} from "@/lib/complaints/lifecycle";
import { MESSAGE_MAX } from "@/lib/complaints/schemas";
import { FieldError, inputClass } from "./field-error";
import { sendForm, type FieldErrors } from "./send-form";
import { useDirectUploads } from "./use-direct-uploads";

type Props = {
  complaintId: number;
  status: ComplaintStatusName;
  priority: ComplaintPriorityName;
  assigneeId: string | null;
  staff: { id: string; fullName: string }[];
  directUploads: boolean;
};

/** Staff: a public reply or an internal note, a status move along the lifecycle, priority and assignee — in one save. */
export function StaffActionForm({ complaintId, status, priority, assigneeId, staff, directUploads }: Props) {
  const t = useTranslations("complaintsAdmin.case");
  const tAll = useTranslations();
  const tStatus = useTranslations("complaints.status");
  const tPriority = useTranslations("complaints.priority");
  const router = useRouter();
  const formRef = useRef<HTMLFormElement>(null);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [notice, setNotice] = useState<{ tone: "error" | "success"; text: string } | null>(null);
  const [pending, setPending] = useState(false);
  const moveImagesToUploadThing = useDirectUploads(directUploads);
  const targets = COMPLAINT_STATUSES.filter((to) => canMove(status, to, "staff"));

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    // Send only what changed, so "save" with a message alone is just a reply.
    if (!form.get("status")) form.delete("status");
    if (form.get("priority") === priority) form.delete("priority");
    if ((form.get("assigneeId") || null) === assigneeId) form.delete("assigneeId");
    form.set("internal", form.get("internal") ? "true" : "false");
    setPending(true);
    const refused = await moveImagesToUploadThing(form);
    if (refused) {
      setPending(false);
      setErrors(refused);
      setNotice({ tone: "error", text: refused.files });
      return;
    }
    const result = await sendForm(`/api/complaints/${complaintId}`, "PUT", form, tAll);
    setPending(false);
    if (result.ok) {
      setErrors({});
      setNotice({ tone: "success", text: "✓" });
      formRef.current?.reset();
      router.refresh();
    } else {
      setErrors(result.fields);
      setNotice({ tone: "error", text: result.message });
    }
  }

  return (
    <form ref={formRef} onSubmit={onSubmit} className="space-y-3" noValidate>
      {notice ? <Notice tone={notice.tone}>{notice.text}</Notice> : null}
      <div className="space-y-1">
        <label htmlFor="message" className="block text-sm font-medium text-slate-700">
          {t("message")}
        </label>
        <textarea id="message" name="message" rows={4} maxLength={MESSAGE_MAX} className={inputClass} />
        <FieldError id="message" message={errors.message} />
      </div>
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" name="internal" value="true" />
        {t("internal")}
      </label>
      <input name="files" type="file" multiple accept="image/jpeg,image/png,image/webp" aria-label="files" className="block text-sm" />
      <FieldError id="files" message={errors.files} />
      <div className="grid gap-3 sm:grid-cols-3">
        <label className="space-y-1 text-sm">
          <span className="block font-medium text-slate-700">{t("status")}</span>
          <select name="status" defaultValue="" className={inputClass}>
            <option value="">{t("keepStatus")}</option>
            {targets.map((to) => (
              <option key={to} value={to}>
                {tStatus(to)}
              </option>
            ))}
          </select>
          <FieldError id="status" message={errors.status} />
        </label>
        <label className="space-y-1 text-sm">
          <span className="block font-medium text-slate-700">{t("priority")}</span>
          <select name="priority" defaultValue={priority} className={inputClass}>
            {COMPLAINT_PRIORITIES.map((value) => (
              <option key={value} value={value}>
                {tPriority(value)}
              </option>
            ))}
          </select>
        </label>
        <label className="space-y-1 text-sm">
          <span className="block font-medium text-slate-700">{t("assignee")}</span>
          <select name="assigneeId" defaultValue={assigneeId ?? ""} className={inputClass}>
            <option value="">{t("nobody")}</option>
            {staff.map((member) => (
              <option key={member.id} value={member.id}>
                {member.fullName}
              </option>
            ))}
          </select>
          <FieldError id="assigneeId" message={errors.assigneeId} />
        </label>
      </div>
      <Button type="submit" disabled={pending}>
        {t("save")}
      </Button>
    </form>
  );
}
