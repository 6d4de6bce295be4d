"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useRef, useState, type FormEvent } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { Notice } from "@/components/ui/notice";
import { MESSAGE_MAX } from "@/lib/complaints/schemas";
import { FieldError, inputClass } from "./field-error";
import { sendForm, type FieldErrors } from "./send-form";
import { useDirectUploads } from "./use-direct-uploads";

/** The customer's reply box (images allowed) and the "close case" button. */
export function ReplyForm({ complaintId, canClose, directUploads }: { complaintId: number; canClose: boolean; directUploads: boolean }) {
  const t = useTranslations("complaints.case");
  const tAll = useTranslations();
  const router = useRouter();
  const formRef = useRef<HTMLFormElement>(null);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [notice, setNotice] = useState<{ tone: "error" | "success"; text: string } | null>(null);
  const [pending, setPending] = useState(false);
  const [closing, setClosing] = useState(false);
  const moveImagesToUploadThing = useDirectUploads(directUploads);

  async function send(form: FormData, done: string) {
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
      setNotice(null);
      toast.success(done);
      formRef.current?.reset();
      router.refresh();
    } else {
      setErrors(result.fields);
      setNotice({ tone: "error", text: result.message });
    }
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    void send(new FormData(event.currentTarget), tAll("feedback.complaint.replied"));
  }

  // A field the reply marked is being fixed: its message goes, and the banner with the last of them.
  function edited(name: string) {
    if (!errors[name]) return;
    const rest = Object.fromEntries(Object.entries(errors).filter(([field]) => field !== name));
    setErrors(rest);
    if (Object.keys(rest).length === 0) setNotice(null);
  }

  async function close() {
    const form = new FormData();
    form.set("status", "CLOSED");
    await send(form, tAll("feedback.complaint.closed"));
    setClosing(false);
  }

  return (
    <form
      ref={formRef}
      onSubmit={onSubmit}
      onChange={(event) => {
        const field = event.target;
        if (field instanceof HTMLInputElement || field instanceof HTMLTextAreaElement) edited(field.name);
      }}
      className="space-y-3"
      noValidate
    >
      {notice ? <Notice tone={notice.tone}>{notice.text}</Notice> : null}
      <div className="space-y-1">
        <label htmlFor="message" className="block text-sm font-medium text-slate-700">
          {t("message")}
        </label>
        <textarea
          id="message"
          name="message"
          rows={4}
          maxLength={MESSAGE_MAX}
          className={inputClass}
          aria-invalid={Boolean(errors.message) || undefined}
        />
        <FieldError id="message" message={errors.message} />
      </div>
      <div className="space-y-1">
        <input
          name="files"
          type="file"
          multiple
          accept="image/jpeg,image/png,image/webp"
          aria-label={t("attachments")}
          className="block text-sm"
        />
        <FieldError id="files" message={errors.files} />
      </div>
      <div className="flex flex-wrap gap-2">
        <Button type="submit" disabled={pending}>
          {t("send")}
        </Button>
        {canClose ? (
          <Button variant="secondary" onClick={() => setClosing(true)} disabled={pending}>
            {t("close")}
          </Button>
        ) : null}
        <ConfirmDialog
          open={closing}
          title={tAll("feedback.complaint.closeTitle")}
          description={tAll("feedback.complaint.closeBody")}
          confirmLabel={t("close")}
          tone="danger"
          busy={pending}
          onConfirm={() => void close()}
          onCancel={() => setClosing(false)}
        />
      </div>
    </form>
  );
}
