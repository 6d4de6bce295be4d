-- Issue 20: every money movement (post_ledger_entry) updates the user's row: balance, and spent_total or
-- deposited_total with it. While those two totals were indexed, no such update could be HOT, so each one
-- wrote a new entry into every index of users (ten of them, the primary key included) and left the old
-- ones for vacuum: on a hot reseller wallet, index bloat growing with every order.
-- Without them (place_order straight through pg on 32 wallets: 1,000 calls one at a time, then 10 s of
-- 32 callers; twice each way): HOT updates 0–7 % → 93 %, database CPU per order 1.55–1.66 → 1.48 ms.
-- The admin users list sorted by spent or deposited now sorts the matching users instead of reading an
-- index: 3.5 → 60 ms p50 at 50,000 users.
DROP INDEX "users_deposited_total_idx";
DROP INDEX "users_spent_total_idx";
