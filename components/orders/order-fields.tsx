"use client";

import { useTranslations } from "next-intl";
import type { FieldErrors, UseFormReturn } from "react-hook-form";
import type { z } from "zod";
import { Field } from "@/components/ui/field";
import type { OrderInput, orderInputSchema } from "@/lib/orders/schemas";
import { fieldsFor, type CatalogService } from "./catalog-types";
import { TextAreaField } from "./form-controls";

export type OrderFormApi = UseFormReturn<z.input<typeof orderInputSchema>, unknown, OrderInput>;

/** Empty number inputs are "not given" (undefined), not zero. */
const blankToUndefined = (value: unknown) => (value === "" || value === null ? undefined : value);

type Props = {
  form: OrderFormApi;
  service: CatalogService;
  dripfeed: boolean;
  onDripfeedChange: (on: boolean) => void;
  total: number | null;
  runs: number;
};

/** Link, then the fields this service type needs (quantity, comments, usernames …), then drip-feed. */
export function OrderFields({ form, service, dripfeed, onDripfeedChange, total, runs }: Props) {
  const t = useTranslations("orders.create");
  const errors = form.formState.errors as FieldErrors<Record<string, unknown>>;
  const error = (name: string) => errors[name]?.message as string | undefined;
  const fields = fieldsFor(service.type);
  const lines = (name: "comments" | "usernames" | "hashtags" | "keywords", hint?: string) => (
    <TextAreaField key={name} label={t(name)} rows={5} hint={hint} error={error(name)} {...form.register(name)} />
  );

  return (
    <div className="space-y-4">
      <Field
        label={t("link")}
        type="url"
        inputMode="url"
        autoComplete="off"
        placeholder="https://"
        hint={t("linkHint")}
        error={error("link")}
        {...form.register("link")}
      />
      {fields.map((name) => {
        switch (name) {
          case "quantity":
            return (
              <Field
                key={name}
                label={t("quantity")}
                inputMode="numeric"
                hint={t("quantityHint", { min: service.min, max: service.max })}
                error={error("quantity")}
                {...form.register("quantity", { setValueAs: blankToUndefined })}
              />
            );
          case "comments":
            return lines("comments", t("commentsHint"));
          case "usernames":
            return lines("usernames", t("usernamesHint"));
          case "hashtags":
          case "keywords":
            return lines(name);
          case "answerNumber":
            return (
              <Field
                key={name}
                label={t("answerNumber")}
                inputMode="numeric"
                error={error(name)}
                {...form.register(name, { setValueAs: blankToUndefined })}
              />
            );
          default:
            return <Field key={name} label={t(name)} error={error(name)} {...form.register(name)} />;
        }
      })}
      {service.dripfeed && service.type !== "SUBSCRIPTIONS" ? (
        <fieldset className="space-y-3 rounded-md border border-slate-200 p-3">
          <legend className="px-1 text-sm font-medium text-slate-700">
            <label className="flex items-center gap-2">
              <input type="checkbox" checked={dripfeed} onChange={(event) => onDripfeedChange(event.target.checked)} />
              {t("useDripfeed")}
            </label>
          </legend>
          {dripfeed ? (
            <>
              <div className="grid gap-4 sm:grid-cols-2">
                <Field
                  label={t("runs")}
                  inputMode="numeric"
                  error={error("runs")}
                  {...form.register("runs", { setValueAs: blankToUndefined })}
                />
                <Field
                  label={t("interval")}
                  inputMode="numeric"
                  error={error("interval")}
                  {...form.register("interval", { setValueAs: blankToUndefined })}
                />
              </div>
              {total !== null && runs > 1 ? (
                <p className="text-xs text-slate-600">{t("dripfeedTotal", { total, perRun: total / runs, runs })}</p>
              ) : null}
            </>
          ) : null}
        </fieldset>
      ) : null}
    </div>
  );
}
