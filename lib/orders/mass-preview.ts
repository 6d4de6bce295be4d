import { invalidField, isAppError, problemOf, type Problem } from "@/lib/errors/app-error";
import { money, ZERO, type Money } from "@/lib/money/money";
import type { ServiceType } from "@/lib/db/generated/enums";
import { checkMassLine, parseMassLines } from "./mass-lines";
import { orderUnits } from "./order-units";
import { orderCharge } from "./refund-math";

/** What the preview needs of a service the customer can order (the customer catalogue's fields). */
export type PreviewService = { id: number; name: string; type: ServiceType; rate: string; min: number; max: number; dripfeed: boolean };

export type PreviewLine =
  | { line: number; text: string; ok: true; serviceId: number; serviceName: string; link: string; quantity: number; charge: string }
  | { line: number; text: string; ok: false; error: Problem };

export type MassPreview = {
  lines: PreviewLine[];
  /** Lines that would be placed, and what they cost together (BDT, 4 places). */
  placeable: number;
  total: string;
  /** The total is above the balance: the lines that no longer fit would be refused. */
  overBalance: boolean;
};

/**
 * The mass order before it is sent: every line read and checked as the server will (mass-lines.ts,
 * then the service's own rules in order-units.ts and its price in refund-math.ts), against the catalogue
 * the page shows. Pure; the server still decides (a service may change, the balance may move).
 */
export function previewMassOrder(text: string, services: ReadonlyMap<number, PreviewService>, balanceBdt: string): MassPreview {
  let total: Money = ZERO;
  const lines = parseMassLines(text).map((entry): PreviewLine => {
    const refuse = (error: Problem): PreviewLine => ({ line: entry.line, text: entry.text, ok: false, error });
    const checked = checkMassLine(entry);
    if (!checked.ok) return refuse(checked.error);
    const service = services.get(checked.input.serviceId);
    if (!service) return refuse(problemOf(invalidField("serviceId", "validation.order.serviceUnavailable")));
    let units: number;
    let charge: Money;
    let link: string;
    try {
      const priced = orderUnits(service, checked.input, { mass: true });
      units = priced.units;
      link = priced.target;
      charge = orderCharge({ rate: money(service.rate), units, perPackage: priced.perPackage });
    } catch (error) {
      if (!isAppError(error)) throw error;
      return refuse(problemOf(error));
    }
    if (charge.lte(0)) return refuse(problemOf(invalidField("quantity", "validation.order.tooSmallToPrice")));
    total = total.plus(charge);
    return {
      line: entry.line,
      text: entry.text,
      ok: true,
      serviceId: service.id,
      serviceName: service.name,
      link,
      quantity: units,
      charge: charge.toFixed(4),
    };
  });
  return {
    lines,
    placeable: lines.filter((line) => line.ok).length,
    total: total.toFixed(4),
    overBalance: total.gt(money(balanceBdt)),
  };
}
