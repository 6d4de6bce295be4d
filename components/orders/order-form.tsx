"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useMemo, useState } from "react";
import { useController, useWatch } from "react-hook-form";
import { toast } from "sonner";
import { createOrderAction } from "@/lib/actions/user/orders";
import { failureMessage } from "@/components/forms/use-zod-form";
import { problemIssues, type Translator } from "@/components/forms/failure-text";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import type { Failure } from "@/lib/http/envelope";
import { localDigits } from "@/lib/i18n/local-digits";
import type { OrderInput } from "@/lib/orders/schemas";
import type { DisplayPrefs } from "@/lib/users/display-prefs";
import type { CatalogCategory, CatalogService } from "./catalog-types";
import { displayAmount } from "./display-amount";
import { OrderFields } from "./order-fields";
import { quoteOrder } from "./order-quote";
import { OrderSummary } from "./order-summary";
import { ServicePicker } from "./service-picker";
import { useFavorites } from "./use-favorites";
import { useOrderForm } from "./use-order-form";

type Props = {
  categories: CatalogCategory[];
  favoriteIds: number[];
  balance: string;
  prefs: DisplayPrefs;
  locale: string;
  initialServiceId?: number;
};
type Outcome =
  | { kind: "placed"; orderId: number; charge: string }
  | { kind: "duplicate"; text: string; input: OrderInput }
  | { kind: "error"; text: string };

/** One order: pick, fill, see the exact price, place; the server decides (createOrder) and each refusal lands on its field. */
export function OrderForm({ categories, favoriteIds: initialFavorites, balance, prefs, locale, initialServiceId }: Props) {
  const t = useTranslations();
  const translate = t as unknown as Translator;
  const router = useRouter();
  const services = useMemo(() => categories.flatMap((category) => category.services), [categories]);
  const find = (id: unknown) => services.find((choice) => String(choice.id) === String(id ?? ""));
  const [dripfeed, setDripfeed] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [busy, setBusy] = useState(false);
  // One id per order placed: a double click or a retried submit places it once.
  const [submissionId, setSubmissionId] = useState(() => crypto.randomUUID());
  const [round, setRound] = useState(0); // a new round remounts the fields, emptying them after an order
  const favorites = useFavorites(initialFavorites, () => setOutcome({ kind: "error", text: t("ordering.picker.favoriteFailed") }));

  const start = find(initialServiceId);
  const { form, markRefusal } = useOrderForm({ find, startServiceId: start ? String(start.id) : "", t: translate, locale });
  const { field: serviceField } = useController({ control: form.control, name: "serviceId" });
  const values = useWatch({ control: form.control }) as Record<string, unknown>;
  const service = find(values.serviceId);
  const dripOn = dripfeed && Boolean(service?.dripfeed);
  const quote = quoteOrder(service, values, balance);

  const chooseService = (choice: CatalogService) => {
    serviceField.onChange(String(choice.id));
    form.clearErrors();
    setDripfeed(false);
  };

  /** Marks the fields the server refused; the banner only says what no field on screen can hold. */
  const explain = (failure: Failure, current: CatalogService | undefined): string | null => {
    const { code, details } = failure.error;
    if (code === "insufficient_funds" && typeof details?.charge === "string") {
      return t("orders.errors.insufficientFunds", { charge: displayAmount(details.charge, prefs, locale) });
    }
    const unseen = markRefusal(failure, current, dripOn);
    if (unseen.length > 0) return unseen.join(" ");
    return problemIssues(failure.error).length > 0 ? null : failureMessage(failure, translate);
  };

  const place = async (input: OrderInput) => {
    setBusy(true);
    setOutcome(null);
    const result = await createOrderAction({ ...input, submissionId });
    setBusy(false);
    if (result.success) {
      setOutcome({ kind: "placed", orderId: result.data.orderId, charge: result.data.charge });
      toast.success(
        t("feedback.orderPlaced", {
          id: localDigits(String(result.data.orderId), locale),
          charge: displayAmount(result.data.charge, prefs, locale),
        }),
      );
      form.reset({ serviceId: String(input.serviceId), link: "" });
      setRound((value) => value + 1);
      setSubmissionId(crypto.randomUUID());
      setDripfeed(false);
      router.refresh(); // the balance
      return;
    }
    if (result.error.code === "duplicate_order") {
      const previous = result.error.details?.orderId;
      const text =
        typeof previous === "number"
          ? t("orders.create.duplicate", { id: localDigits(String(previous), locale) })
          : failureMessage(result, translate);
      return setOutcome({ kind: "duplicate", text, input });
    }
    const text = explain(result, service);
    if (text) setOutcome({ kind: "error", text });
  };

  if (categories.length === 0) return <p className="text-sm text-slate-500">{t("orders.create.noServices")}</p>;

  return (
    <form onSubmit={form.handleSubmit(place)} noValidate className="space-y-5">
      {outcome?.kind === "placed" ? (
        <Notice tone="success">
          {t("orders.create.placed", {
            id: localDigits(String(outcome.orderId), locale),
            charge: displayAmount(outcome.charge, prefs, locale),
          })}{" "}
          <Link href={`/user/orders/${outcome.orderId}`} className="font-medium underline">
            {t("orders.create.openOrder", { id: localDigits(String(outcome.orderId), locale) })}
          </Link>{" "}
          <Link href="/user/orders" className="underline">
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
        favoriteIds={favorites.favoriteIds}
        savingIds={favorites.saving}
        onToggleFavorite={favorites.toggle}
        service={service}
        onServiceChange={chooseService}
        onBlur={serviceField.onBlur}
        inputRef={serviceField.ref}
        error={form.formState.errors.serviceId?.message}
        prefs={prefs}
        locale={locale}
      />
      {service ? (
        <OrderFields key={round} form={form} service={service} dripfeed={dripOn} onDripfeedChange={setDripfeed} locale={locale} />
      ) : null}
      {service ? <OrderSummary quote={quote} balance={balance} prefs={prefs} locale={locale} /> : null}
      <Button type="submit" disabled={busy || form.formState.isSubmitting}>
        {busy ? t("orders.create.placing") : t("orders.create.submit")}
      </Button>
    </form>
  );
}
