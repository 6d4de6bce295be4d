"use client";

import { useForm, type FieldErrors, type Resolver } from "react-hook-form";
import type { z } from "zod";
import type { Translator } from "@/components/forms/failure-text";
import { problemIssues } from "@/components/forms/failure-text";
import type { Failure } from "@/lib/http/envelope";
import type { OrderInput, orderInputSchema } from "@/lib/orders/schemas";
import { fieldsFor, type CatalogService } from "./catalog-types";
import { checkOrder, fieldMessage } from "./order-check";

export type OrderValues = z.input<typeof orderInputSchema>;

type Options = {
  find: (serviceId: unknown) => CatalogService | undefined;
  startServiceId: string;
  t: Translator;
  locale: string;
};

/**
 * The order form's react-hook-form, checked by the server's own rules (order-check.ts) so a wrong
 * amount is marked as it is typed, and `markRefusal`, which puts the server's refusals on the fields
 * the form shows and returns what no field can hold (for the banner), or null.
 */
export function useOrderForm({ find, startServiceId, t, locale }: Options) {
  const resolver: Resolver<OrderValues, unknown, OrderInput> = async (values) => {
    const check = checkOrder(values as Record<string, unknown>, find(values.serviceId), t, locale);
    if (check.input) return { values: check.input, errors: {} };
    const errors = Object.fromEntries(Object.entries(check.errors).map(([name, message]) => [name, { type: "validate", message }]));
    return { values: {}, errors: errors as FieldErrors<OrderValues> };
  };
  // Fields of other service types are unregistered when hidden, so they never reach the server.
  const form = useForm<OrderValues, unknown, OrderInput>({
    resolver,
    mode: "onTouched",
    shouldUnregister: true,
    defaultValues: { serviceId: startServiceId, link: "" },
  });

  const markRefusal = (failure: Failure, service: CatalogService | undefined, dripfeed: boolean): string[] => {
    const shown = new Set<string>([
      "serviceId",
      "link",
      ...(service ? fieldsFor(service.type) : []),
      ...(dripfeed ? ["runs", "interval"] : []),
    ]);
    const issues = problemIssues(failure.error);
    issues
      .filter((issue) => shown.has(issue.field))
      .forEach((issue, index) =>
        form.setError(issue.field as keyof OrderValues, { message: fieldMessage(issue, service, t, locale) }, { shouldFocus: index === 0 }),
      );
    return issues.filter((issue) => !shown.has(issue.field)).map((issue) => fieldMessage(issue, service, t, locale));
  };
  return { form, markRefusal };
}
