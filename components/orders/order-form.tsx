"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useController, useWatch } from "react-hook-form";
import { createOrderAction } from "@/lib/actions/user/orders";
import { failureMessage, useZodForm } from "@/components/forms/use-zod-form";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import type { Failure } from "@/lib/http/envelope";
import { orderInputSchema, type OrderInput } from "@/lib/orders/schemas";
import type { DisplayPrefs } from "@/lib/users/display-prefs";
import { fieldsFor, type CatalogCategory, type CatalogService } from "./catalog-types";
import { displayAmount } from "./display-amount";
import { OrderFields } from "./order-fields";
import { fieldName, problemIssues, ruleText } from "@/components/forms/failure-text";
import { quoteOrder } from "./order-quote";
import { OrderSummary } from "./order-summary";
import { ServicePicker } from "./service-picker";

type Props = { categories: CatalogCategory[]; balance: string; prefs: DisplayPrefs; locale: string; initialServiceId?: number };
type Outcome =
  | { kind: "placed"; orderId: number; charge: string }
  | { kind: "duplicate"; text: string; input: OrderInput }
  | { kind: "error"; text: string };

/** The category and service to start with: the one named in the address, else the first. */
function startingPoint(categories: CatalogCategory[], serviceId: number | undefined) {
  const home = categories.find((category) => category.services.some((service) => service.id === serviceId)) ?? categories[0];
  const service = home?.services.find((choice) => choice.id === serviceId) ?? home?.services[0];
  return { categoryId: home?.id ?? "", serviceId: service ? String(service.id) : "" };
}

/** One order: pick, fill, see the exact price, place; the server decides (createOrder) and we show why. */
export function OrderForm({ categories, balance, prefs, locale, initialServiceId }: Props) {
  const t = useTranslations();
  const router = useRouter();
  const [start] = useState(() => startingPoint(categories, initialServiceId));
  const [categoryId, setCategoryId] = useState(start.categoryId);
  const [dripfeed, setDripfeed] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [busy, setBusy] = useState(false);
  // One id per order placed: a double click or a retried submit places it once.
  const [submissionId, setSubmissionId] = useState(() => crypto.randomUUID());
  const [round, setRound] = useState(0); // a new round remounts the fields, emptying them after an order
  // Fields of other service types are unregistered when hidden, so they never reach the server.
  const form = useZodForm(orderInputSchema, { shouldUnregister: true, defaultValues: { serviceId: start.serviceId, link: "" } });
  // Controlled, so a new category's first service is selected in the same render as its options.
  const { field: serviceField } = useController({ control: form.control, name: "serviceId" });
  const values = useWatch({ control: form.control }) as Record<string, unknown>;
  const service = categories
    .flatMap((category) => category.services)
    .find((choice) => String(choice.id) === String(values.serviceId ?? ""));
  const dripOn = dripfeed && Boolean(service?.dripfeed);
  const quote = quoteOrder(service, values, balance);

  const chooseCategory = (id: string) => {
    setCategoryId(id);
    const first = categories.find((category) => category.id === id)?.services[0];
    form.setValue("serviceId", first ? String(first.id) : "");
    form.clearErrors();
    setDripfeed(false);
  };

  const explain = (failure: Failure, current: CatalogService | undefined): string => {
    const { code, details } = failure.error;
    if (code === "insufficient_funds" && typeof details?.charge === "string") {
      return t("orders.errors.insufficientFunds", { charge: displayAmount(details.charge, prefs, locale) });
    }
    const shown = new Set<string>([
      "serviceId",
      "link",
      ...(current ? fieldsFor(current.type) : []),
      ...(dripOn ? ["runs", "interval"] : []),
    ]);
    const issues = problemIssues(failure.error);
    for (const issue of issues) {
      if (shown.has(issue.field)) form.setError(issue.field as keyof OrderInput, { message: ruleText(issue, t) });
    }
    const unseen = issues.filter((issue) => !shown.has(issue.field));
    if (unseen.length > 0) return unseen.map((issue) => `${fieldName(issue.field, t) ?? ""} ${ruleText(issue, t)}`.trim()).join(" ");
    return failureMessage(failure, t);
  };

  const place = async (input: OrderInput) => {
    setBusy(true);
    setOutcome(null);
    const result = await createOrderAction({ ...input, submissionId });
    setBusy(false);
    if (result.success) {
      setOutcome({ kind: "placed", orderId: result.data.orderId, charge: result.data.charge });
      form.reset({ serviceId: String(input.serviceId), link: "" });
      setRound((value) => value + 1);
      setSubmissionId(crypto.randomUUID());
      setDripfeed(false);
      router.refresh(); // the balance
      return;
    }
    if (result.error.code === "duplicate_order") {
      const previous = result.error.details?.orderId;
      const text = typeof previous === "number" ? t("orders.create.duplicate", { id: String(previous) }) : failureMessage(result, t);
      return setOutcome({ kind: "duplicate", text, input });
    }
    setOutcome({ kind: "error", text: explain(result, service) });
  };

  if (categories.length === 0) return <p className="text-sm text-slate-500">{t("orders.create.noServices")}</p>;

  return (
    <form onSubmit={form.handleSubmit(place)} noValidate className="space-y-5">
      {outcome?.kind === "placed" ? (
        <Notice tone="success">
          {t("orders.create.placed", { id: String(outcome.orderId), charge: displayAmount(outcome.charge, prefs, locale) })}{" "}
          <Link href="/user/orders" className="font-medium underline">
            {t("orders.create.openList")}
          </Link>
        </Notice>
      ) : null}
      {outcome?.kind === "error" ? <Notice tone="error">{outcome.text}</Notice> : null}
      {outcome?.kind === "duplicate" ? (
        <Notice tone="error">
          <p>{outcome.text}</p>
          <Button variant="secondary" className="mt-2" disabled={busy} onClick={() => place({ ...outcome.input, confirmDuplicate: true })}>
            {t("orders.create.placeAgain")}
          </Button>
        </Notice>
      ) : null}
      <ServicePicker
        categories={categories}
        categoryId={categoryId}
        onCategoryChange={chooseCategory}
        serviceField={{ ...serviceField, value: String(serviceField.value ?? "") }}
        serviceError={form.formState.errors.serviceId?.message}
        service={service}
        prefs={prefs}
        locale={locale}
      />
      {service ? (
        <OrderFields
          key={round}
          form={form}
          service={service}
          dripfeed={dripOn}
          onDripfeedChange={setDripfeed}
          total={quote.total}
          runs={quote.runs}
        />
      ) : null}
      {service ? <OrderSummary quote={quote} service={service} balance={balance} prefs={prefs} locale={locale} /> : null}
      <Button type="submit" disabled={busy || form.formState.isSubmitting || !service || service.type === "SUBSCRIPTIONS"}>
        {busy ? t("orders.create.placing") : t("orders.create.submit")}
      </Button>
    </form>
  );
}
