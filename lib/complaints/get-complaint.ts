import { db } from "@/lib/db";
import { notFound } from "@/lib/errors/app-error";
import { caseScope, isStaff, type Actor } from "./actor";
import type { ComplaintPriorityName, ComplaintStatusName } from "./lifecycle";

export type TimelineAttachment = { id: string; fileName: string; mime: string; size: number };
export type TimelineEvent = {
  id: string;
  kind: string;
  fromStatus: ComplaintStatusName | null;
  toStatus: ComplaintStatusName | null;
  body: string | null;
  internal: boolean;
  /** "customer" | "staff" | "system" — a customer never sees staff names. */
  side: "customer" | "staff" | "system";
  authorName: string | null;
  data: unknown;
  createdAt: string;
  attachments: TimelineAttachment[];
};
export type ComplaintView = {
  id: number;
  title: string;
  description: string;
  status: ComplaintStatusName;
  priority: ComplaintPriorityName;
  category: string;
  categoryBn: string | null;
  createdAt: string;
  lastActivityAt: string;
  firstResponseAt: string | null;
  orders: { id: number; status: string }[];
  payments: { id: string; tranId: string; status: string }[];
  timeline: TimelineEvent[];
  /** Staff only (null for customers). */
  staff: { customer: { id: string; email: string; fullName: string }; assignee: { id: string; fullName: string } | null } | null;
};

/**
 * One case for its owner or for staff; anyone else gets a 404. For a customer, internal events are
 * filtered out inside the query itself, so an internal note cannot leak through a later change here.
 */
export async function getComplaint(actor: Actor, id: number): Promise<ComplaintView> {
  const staff = isStaff(actor);
  const row = await db.complaint.findFirst({
    where: caseScope(actor, id),
    select: {
      id: true,
      title: true,
      description: true,
      status: true,
      priority: true,
      createdAt: true,
      lastActivityAt: true,
      firstResponseAt: true,
      category: { select: { name: true, nameBn: true } },
      links: {
        select: {
          kind: true,
          orderId: true,
          paymentId: true,
          order: { select: { status: true } },
          payment: { select: { tranId: true, status: true } },
        },
        orderBy: { orderId: "asc" },
      },
      user: { select: { id: true, email: true, fullName: true } },
      assignee: { select: { id: true, fullName: true } },
      events: {
        where: staff ? {} : { internal: false },
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        select: {
          id: true,
          kind: true,
          fromStatus: true,
          toStatus: true,
          body: true,
          internal: true,
          data: true,
          createdAt: true,
          authorId: true,
          author: { select: { fullName: true, role: true } },
          attachments: { select: { id: true, fileName: true, mime: true, size: true }, orderBy: { createdAt: "asc" } },
        },
      },
    },
  });
  if (!row) throw notFound("Case");
  return {
    id: row.id,
    title: row.title,
    description: row.description,
    status: row.status,
    priority: row.priority,
    category: row.category.name,
    categoryBn: row.category.nameBn,
    createdAt: row.createdAt.toISOString(),
    lastActivityAt: row.lastActivityAt.toISOString(),
    firstResponseAt: row.firstResponseAt?.toISOString() ?? null,
    orders: row.links.filter((link) => link.orderId !== null).map((link) => ({ id: link.orderId!, status: link.order?.status ?? "" })),
    payments: row.links.flatMap((link) =>
      link.paymentId && link.payment ? [{ id: link.paymentId, tranId: link.payment.tranId, status: link.payment.status }] : [],
    ),
    timeline: row.events.map((event) => {
      const side = !event.authorId ? "system" : event.authorId === row.user.id ? "customer" : "staff";
      return {
        id: event.id,
        kind: event.kind,
        fromStatus: event.fromStatus,
        toStatus: event.toStatus,
        body: event.body,
        internal: event.internal,
        side,
        authorName: staff || side === "customer" ? (event.author?.fullName ?? null) : null,
        data: staff ? event.data : null,
        createdAt: event.createdAt.toISOString(),
        attachments: event.attachments,
      };
    }),
    staff: staff ? { customer: row.user, assignee: row.assignee } : null,
  };
}
