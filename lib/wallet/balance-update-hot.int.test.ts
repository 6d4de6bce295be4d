import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";

// What post_ledger_entry writes on the user's row at every money movement. While no index of users
// mentions any of them, PostgreSQL can make that update HOT (no new entry in any index); one index on
// any of them and every order writes into all ten (migration users_hot_updates).
const BALANCE_UPDATE_WRITES = ["balance", "deposited_total", "spent_total", "updated_at"];

describe("the balance update", () => {
  it("writes no column any index of users mentions, so it can stay a HOT update", async () => {
    const indexes = await db.$queryRaw<{ name: string; definition: string }[]>`
      SELECT c.relname AS name, pg_get_indexdef(x.indexrelid) AS definition
        FROM pg_index x
        JOIN pg_class c ON c.oid = x.indexrelid
       WHERE x.indrelid = 'users'::regclass`;
    expect(indexes.length).toBeGreaterThan(5);
    // Key columns, INCLUDE columns, expressions and predicates all appear in the definition.
    const mentions = (definition: string) => BALANCE_UPDATE_WRITES.filter((column) => new RegExp(`\\b${column}\\b`).test(definition));
    expect(indexes.filter((index) => mentions(index.definition).length > 0).map((index) => index.definition)).toEqual([]);
  });
});
