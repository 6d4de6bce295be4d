"use client";

import { useTranslations } from "next-intl";
import type { FieldErrors } from "react-hook-form";
import { SUBSCRIPTION_DELAYS, SUBSCRIPTION_MAX_POSTS } from "@/lib/api-v2/service-types";
import { numberFormat } from "@/lib/i18n/format-number";
import { SelectField, TextField } from "@/components/ui/form-controls";
import type { CatalogService } from "./catalog-types";
import type { OrderFormApi } from "./order-fields";

/** Empty inputs are "not given" (undefined), not zero or "". */
const blankToUndefined = (value: unknown) => (value === "" || value === null ? undefined : value);

/**
 * A subscription's fields (lib/orders/subscription-units.ts): the account's username instead of a link,
 * min and max per new post within the service's limits, the posts paid for, and the optional old posts,
 * delay (the protocol's fixed set) and expiry day. Two columns from 640 px, one below.
 */
export function SubscriptionFields({ form, service, locale }: { form: OrderFormApi; service: CatalogService; locale: string }) {
  const t = useTranslations("orders.create");
  const own = useTranslations("ordering.form.subscription");
  const digits = numberFormat(locale);
  const errors = form.formState.errors as FieldErrors<Record<string, unknown>>;
  const error = (name: string) => errors[name]?.message as string | undefined;
  const range = { min: digits.format(service.min), max: digits.format(service.max) };
  const count = (name: "min" | "max" | "posts" | "oldPosts", hint: string) => (
    <TextField
      label={t(name)}
      inputMode="numeric"
      autoComplete="off"
      hint={hint}
      error={error(name)}
      {...form.register(name, { setValueAs: blankToUndefined })}
    />
  );
  return (
    <div className="space-y-4">
      <TextField
        label={own("username")}
        autoComplete="off"
        autoCapitalize="none"
        spellCheck={false}
        placeholder="yourpage"
        hint={own("usernameHint")}
        error={error("username")}
        {...form.register("username")}
      />
      <div className="grid gap-4 sm:grid-cols-2">
        {count("min", own("minHint", range))}
        {count("max", own("maxHint", range))}
        {count("posts", own("postsHint", { min: digits.format(1), max: digits.format(SUBSCRIPTION_MAX_POSTS) }))}
        {count("oldPosts", own("oldPostsHint"))}
        <SelectField
          label={t("delay")}
          hint={own("delayHint")}
          error={error("delay")}
          {...form.register("delay", { setValueAs: blankToUndefined })}
        >
          <option value="">{own("delayNone")}</option>
          {SUBSCRIPTION_DELAYS.filter((minutes) => minutes > 0).map((minutes) => (
            <option key={minutes} value={minutes}>
              {own("delayMinutes", { minutes: digits.format(minutes) })}
            </option>
          ))}
        </SelectField>
        <TextField
          label={t("expiry")}
          type="date"
          hint={own("expiryHint")}
          error={error("expiry")}
          {...form.register("expiry", { setValueAs: blankToUndefined })}
        />
      </div>
    </div>
  );
}
