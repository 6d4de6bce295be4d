import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createUser } from "@/tests/factories";
import type { AuditAction } from "./audit-actions";
import { readAuditQuery } from "./audit-query";
import { listAudit } from "./list-audit";
import { recordAudit } from "./record-audit";

const tag = randomUUID().slice(0, 8);
let alice: Awaited<ReturnType<typeof createUser>>;
let bob: Awaited<ReturnType<typeof createUser>>;
const ids: Record<string, string> = {};

/** One audit row, written as the verbs write it, then dated (panel days are UTC+6). */
async function row(name: string, actorId: string | null, action: AuditAction, objectType: string, objectId: string, at: string) {
  await db.$transaction((tx) =>
    recordAudit(tx, { actorId, action, objectType, objectId, before: { status: "ACTIVE" }, after: { status: "SUSPENDED", tag } }),
  );
  const written = await db.auditLog.findFirstOrThrow({ where: { objectId, action }, orderBy: { createdAt: "desc" }, select: { id: true } });
  await db.auditLog.update({ where: { id: written.id }, data: { createdAt: new Date(at) } });
  ids[name] = written.id;
}

beforeAll(async () => {
  alice = await createUser({ role: "ADMIN", email: `alice-${tag}@example.test` });
  bob = await createUser({ role: "ADMIN", email: `bob-${tag}@example.test` });
  await row("aliceCancelDec1", alice.id, "order.admin_cancel", "order", `o-${tag}-1`, "2026-12-01T04:00:00+06:00");
  await row("aliceStatusDec2", alice.id, "user.status", "user", bob.id, "2026-12-02T23:30:00+06:00");
  await row("aliceCancelDec3", alice.id, "order.admin_cancel", "order", `o-${tag}-2`, "2026-12-03T00:10:00+06:00");
  await row("bobCancelDec2", bob.id, "order.admin_cancel", "order", `o-${tag}-3`, "2026-12-02T12:00:00+06:00");
  await row("systemDec2", null, "setting.update", "setting", `test.${tag}`, "2026-12-02T12:00:00+06:00");
});

const found = async (query: Parameters<typeof listAudit>[0], take?: number) =>
  (await listAudit(query, take)).entries.map((entry) => entry.id);

describe("listAudit filters (real queries)", () => {
  it("by actor e-mail (any part of it, any case): only that actor's rows, newest first", async () => {
    expect(await found({ actor: `ALICE-${tag}` })).toEqual([ids.aliceCancelDec3, ids.aliceStatusDec2, ids.aliceCancelDec1]);
    expect(await found({ actor: `bob-${tag}@example.test` })).toEqual([ids.bobCancelDec2]);
    expect(await found({ actor: `nobody-${tag}` })).toEqual([]);
  });

  it("by action, combined with the actor", async () => {
    expect(await found({ actor: tag, action: "order.admin_cancel" })).toEqual([
      ids.aliceCancelDec3,
      ids.bobCancelDec2,
      ids.aliceCancelDec1,
    ]);
    expect(await found({ actor: `alice-${tag}`, action: "user.status" })).toEqual([ids.aliceStatusDec2]);
  });

  it("by the panel's days, both ends included", async () => {
    expect(await found({ actor: tag, from: "2026-12-02", to: "2026-12-02" })).toEqual([ids.aliceStatusDec2, ids.bobCancelDec2]);
    expect(await found({ actor: `alice-${tag}`, from: "2026-12-03" })).toEqual([ids.aliceCancelDec3]);
    expect(await found({ actor: `alice-${tag}`, to: "2026-12-01" })).toEqual([ids.aliceCancelDec1]);
  });

  it("by object type and id, and names the user it is about", async () => {
    const [entry] = (await listAudit({ objectType: "user", objectId: bob.id })).entries;
    expect(entry).toMatchObject({
      id: ids.aliceStatusDec2,
      objectName: bob.email,
      actor: { email: alice.email },
      names: { [bob.id]: bob.email },
    });
    expect(await found({ objectType: "setting", objectId: `test.${tag}` })).toEqual([ids.systemDec2]);
    expect(await found({ objectType: "order", objectId: bob.id })).toEqual([]);
  });

  it("pages by the last entry seen, without gaps or repeats", async () => {
    const first = await listAudit({ actor: tag }, 2);
    expect(first.entries.map((entry) => entry.id)).toEqual([ids.aliceCancelDec3, ids.aliceStatusDec2]);
    const second = await listAudit({ actor: tag, cursor: first.nextCursor! }, 2);
    expect(second.entries.map((entry) => entry.id)).toEqual([ids.bobCancelDec2, ids.aliceCancelDec1]);
    expect(second.nextCursor).toBeNull();
  });

  it("a URL with an impossible date or a reversed range is reported, and the rest of it still filters", async () => {
    const { query, errors } = readAuditQuery({ actor: `alice-${tag}`, from: "2026-12-03", to: "2026-12-01" });
    expect(errors).toEqual({ to: { key: "validation.dateOrder" } });
    expect(await found(query)).toEqual([ids.aliceCancelDec3]);
    const impossible = readAuditQuery({ actor: `bob-${tag}`, from: "2026-02-31" });
    expect(impossible.errors).toEqual({ from: { key: "validation.date" } });
    expect(await found(impossible.query)).toEqual([ids.bobCancelDec2]);
  });
});
