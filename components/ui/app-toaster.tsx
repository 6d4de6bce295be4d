"use client";

import { useTranslations } from "next-intl";
import { Toaster } from "sonner";

/** The one place toasts appear (mounted once in Providers); its own labels in the reader's language. */
export function AppToaster() {
  const t = useTranslations("feedback.toaster");
  return (
    <Toaster
      position="bottom-right"
      richColors
      closeButton
      containerAriaLabel={t("label")}
      toastOptions={{ closeButtonAriaLabel: t("close"), duration: 6000 }}
    />
  );
}
