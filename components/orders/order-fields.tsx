"use client";

import { useTranslations } from "next-intl";
import type { FieldErrors, UseFormReturn } from "react-hook-form";
import type { z } from "zod";
import { numberFormat } from "@/lib/i18n/format-number";
import { orderInputSchema, type OrderInput } from "@/lib/orders/schemas";
import { fieldsFor, type CatalogService } from "./catalog-types";
import { TextAreaField, TextField } from "@/components/ui/form-controls";
import { SubscriptionFields } from "./subscription-fields";

export type OrderFormApi = UseFormReturn<z.input<typeof orderInputSchema>, unknown, OrderInput>;

// The drip-feed limits, as the schema every door uses holds them.
const RUNS = orderInputSchema.shape.runs.unwrap();
const INTERVAL = orderInputSchema.shape.interval.unwrap();
const limits = (rule: typeof RUNS, digits: Intl.NumberFormat) => ({
  min: digits.format(rule.minValue ?? 1),
  max: digits.format(rule.maxValue ?? 1),
});

/** Empty number inputs are "not given" (undefined), not zero. */
const blankToUndefined = (value: unknown) => (value === "" || value === null ? undefined : value);

type Props = {
  form: OrderFormApi;
  service: CatalogService;
  dripfeed: boolean;
  onDripfeedChange: (on: boolean) => void;
  locale: string;
};

/**
 * Link, then the fields this service type needs (quantity, comments, usernames …), then drip-feed; a
 * subscription has its own fields (a username instead of a link). The summary shows the totals.
 */
export function OrderFields({ form, service, dripfeed, onDripfeedChange, locale }: Props) {
  const t = useTranslations("orders.create");
  const own = useTranslations("ordering.form");
  const digits = numberFormat(locale);
  const errors = form.formState.errors as FieldErrors<Record<string, unknown>>;
  const error = (name: string) => errors[name]?.message as string | undefined;
  const fields = fieldsFor(service.type);
  const lines = (name: "comments" | "usernames" | "hashtags" | "keywords", hint?: string) => (
    <TextAreaField key={name} label={t(name)} rows={5} hint={hint} error={error(name)} {...form.register(name)} />
  );

  if (service.type === "SUBSCRIPTIONS") return <SubscriptionFields form={form} service={service} locale={locale} />;
  return (
    <div className="space-y-4">
      <TextField
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
              <TextField
                key={name}
                label={t("quantity")}
                inputMode="numeric"
                autoComplete="off"
                hint={own("quantityHint", { min: digits.format(service.min), max: digits.format(service.max) })}
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
              <TextField
                key={name}
                label={t("answerNumber")}
                inputMode="numeric"
                error={error(name)}
                {...form.register(name, { setValueAs: blankToUndefined })}
              />
            );
          default:
            return <TextField key={name} label={t(name)} error={error(name)} {...form.register(name)} />;
        }
      })}
      {service.dripfeed ? (
        <div className="space-y-3">
          <label className="flex items-start gap-2 text-sm text-slate-700">
            <input
              type="checkbox"
              className="mt-0.5 h-4 w-4 rounded border-slate-300"
              checked={dripfeed}
              onChange={(event) => onDripfeedChange(event.target.checked)}
            />
            <span>
              <span className="font-medium">{own("useDripfeed")}</span>
              <span className="block text-xs text-slate-500">{own("dripfeedHint")}</span>
            </span>
          </label>
          {dripfeed ? (
            <fieldset className="space-y-3 rounded-md border border-slate-200 p-3">
              <legend className="px-1 text-sm font-medium text-slate-700">{own("dripfeedLegend")}</legend>
              <div className="grid gap-4 sm:grid-cols-2">
                <TextField
                  label={own("runs")}
                  inputMode="numeric"
                  autoComplete="off"
                  hint={own("runsHint", limits(RUNS, digits))}
                  error={error("runs")}
                  {...form.register("runs", { setValueAs: blankToUndefined })}
                />
                <TextField
                  label={own("interval")}
                  inputMode="numeric"
                  autoComplete="off"
                  hint={own("intervalHint", limits(INTERVAL, digits))}
                  error={error("interval")}
                  {...form.register("interval", { setValueAs: blankToUndefined })}
                />
              </div>
            </fieldset>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
