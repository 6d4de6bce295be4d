// Complaints at volume: the staff queue's first page and its searches over 20,000 cases, a customer's
// own list, and filing a case with five 5 MB images on local disk. `npx tsx bench/complaint-queue.ts`.
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { machineLine, startBenchDatabase } from "./lib/bench-database";

const CASES = Number(process.env.BENCH_COMPLAINTS ?? 20_000);
const CUSTOMERS = 2_000;
const bench = await startBenchDatabase(Number(process.env.BENCH_DB_PORT ?? 54372));
const uploads = await mkdtemp(path.join(os.tmpdir(), "smm-bench-uploads-"));
process.env.UPLOAD_DIR = uploads;

try {
  const { db } = await import("@/lib/db");
  const { listComplaintQueue } = await import("@/lib/complaints/list-queue");
  const { listOwnComplaints } = await import("@/lib/complaints/list-own-complaints");
  const { createComplaint } = await import("@/lib/complaints/create-complaint");

  const category = await db.complaintCategory.create({ data: { name: "Bench" } });
  await db.user.createMany({
    data: Array.from({ length: CUSTOMERS }, (_, i) => ({ email: `bench-${i}@example.test`, fullName: `Bench ${i}`, passwordHash: "x" })),
  });
  const users = await db.user.findMany({ select: { id: true }, orderBy: { email: "asc" } });
  const statuses = ["OPEN", "IN_PROGRESS", "RESOLVED", "CLOSED", "REJECTED"] as const;
  const priorities = ["LOW", "MEDIUM", "HIGH", "URGENT"] as const;
  for (let start = 0; start < CASES; start += 5_000) {
    await db.complaint.createMany({
      data: Array.from({ length: Math.min(5_000, CASES - start) }, (_, k) => {
        const i = start + k;
        return {
          userId: users[i % CUSTOMERS].id,
          categoryId: category.id,
          title: `Case ${i}`,
          description: "d",
          status: statuses[i % 5],
          priority: priorities[i % 4],
          createdAt: new Date(Date.now() - i * 60_000),
        };
      }),
    });
  }
  await db.$executeRawUnsafe("ANALYZE");

  const rows: [string, number, number][] = [];
  async function measure(step: string, fn: () => Promise<unknown>) {
    await fn(); // warm
    const statements = bench.statements();
    const started = performance.now();
    const runs = 20;
    for (let i = 0; i < runs; i += 1) await fn();
    rows.push([step, (performance.now() - started) / runs, (bench.statements() - statements) / runs]);
  }
  const page = { page: 1, limit: 25 };
  await measure("queue, open or in progress, first page", () => listComplaintQueue({ status: "ACTIVE" }, page));
  await measure("queue, page 200 of everything", () => listComplaintQueue({}, { page: 200, limit: 25 }));
  await measure("queue, search by e-mail fragment", () => listComplaintQueue({ q: "bench-123" }, page));
  await measure("queue, unassigned and older than 7 days", () => listComplaintQueue({ assignee: "none", olderThanDays: 7 }, page));
  await measure("customer's own list", () => listOwnComplaints(users[7].id, { page: 1, limit: 20 }));

  const image = new Uint8Array(5 * 1024 * 1024);
  image.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
  const files = () => Array.from({ length: 5 }, (_, i) => new File([image], `shot-${i}.png`, { type: "image/png" }));
  let n = 0;
  await measure("file a case with 5 × 5 MB images (local disk)", () =>
    createComplaint(
      users[++n % CUSTOMERS].id,
      { categoryId: category.id, priority: "HIGH", title: "t", description: "d", orderIds: [], paymentId: undefined },
      files(),
    ),
  );

  console.log(machineLine());
  console.log(`${CASES.toLocaleString("en")} cases, ${CUSTOMERS.toLocaleString("en")} customers`);
  console.log("| step | ms per call (mean of 20) | DB statements per call |");
  console.log("| --- | --- | --- |");
  for (const [step, ms, statements] of rows) console.log(`| ${step} | ${ms.toFixed(1)} | ${statements.toFixed(0)} |`);
  await db.$disconnect();
} finally {
  await bench.stop();
  await rm(uploads, { recursive: true, force: true });
}
