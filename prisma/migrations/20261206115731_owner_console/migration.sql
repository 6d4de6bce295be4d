-- AlterTable
ALTER TABLE "orders" ADD COLUMN     "provider_charge_bdt" DECIMAL(20,4),
ADD COLUMN     "provider_rate_bdt" DECIMAL(20,7);

-- AlterTable: a compact key for the per-customer totals (SERIAL numbers the existing users)
ALTER TABLE "users" ADD COLUMN     "seq" SERIAL NOT NULL;

-- CreateIndex
CREATE UNIQUE INDEX "users_seq_key" ON "users"("seq");

-- CreateTable
CREATE TABLE "order_day_service_stats" (
    "id" BIGSERIAL NOT NULL,
    "day" DATE NOT NULL,
    "service_id" INTEGER NOT NULL,
    "provider_id" TEXT NOT NULL,
    "compacted" BOOLEAN NOT NULL DEFAULT false,
    "orders" INTEGER NOT NULL DEFAULT 0,
    "charge" BIGINT NOT NULL DEFAULT 0,
    "refunded" BIGINT NOT NULL DEFAULT 0,
    "cost" BIGINT NOT NULL DEFAULT 0,
    "n_pending" INTEGER NOT NULL DEFAULT 0,
    "n_processing" INTEGER NOT NULL DEFAULT 0,
    "n_in_progress" INTEGER NOT NULL DEFAULT 0,
    "n_completed" INTEGER NOT NULL DEFAULT 0,
    "n_partial" INTEGER NOT NULL DEFAULT 0,
    "n_canceled" INTEGER NOT NULL DEFAULT 0,
    "n_forward_failed" INTEGER NOT NULL DEFAULT 0,
    "n_uncertain" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "order_day_service_stats_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "order_day_user_stats" (
    "id" BIGSERIAL NOT NULL,
    "day" DATE NOT NULL,
    "user_seq" INTEGER NOT NULL,
    "compacted" BOOLEAN NOT NULL DEFAULT false,
    "orders" INTEGER NOT NULL DEFAULT 0,
    "charge" BIGINT NOT NULL DEFAULT 0,
    "refunded" BIGINT NOT NULL DEFAULT 0,
    "cost" BIGINT NOT NULL DEFAULT 0,

    CONSTRAINT "order_day_user_stats_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "order_day_service_stats_day_idx" ON "order_day_service_stats"("day");

-- CreateIndex
CREATE UNIQUE INDEX "order_day_service_stats_compacted_key" ON "order_day_service_stats"("day", "service_id", "provider_id") WHERE (compacted);

-- CreateIndex
CREATE INDEX "order_day_user_stats_day_idx" ON "order_day_user_stats"("day");

-- CreateIndex
CREATE UNIQUE INDEX "order_day_user_stats_compacted_key" ON "order_day_user_stats"("day", "user_seq") WHERE (compacted);

-- CreateIndex
CREATE INDEX "payments_credited_idx" ON "payments"("completed_at", "method", "amount") WHERE (completed_at IS NOT NULL);

-- CreateIndex
CREATE INDEX "payments_refunded_idx" ON "payments"("refunded_at") WHERE (refunded_at IS NOT NULL);

-- CreateTable
CREATE TABLE "order_day_totals" (
    "day" DATE NOT NULL,
    "orders" INTEGER NOT NULL DEFAULT 0,
    "charge" BIGINT NOT NULL DEFAULT 0,
    "refunded" BIGINT NOT NULL DEFAULT 0,
    "cost" BIGINT NOT NULL DEFAULT 0,
    "n_pending" INTEGER NOT NULL DEFAULT 0,
    "n_processing" INTEGER NOT NULL DEFAULT 0,
    "n_in_progress" INTEGER NOT NULL DEFAULT 0,
    "n_completed" INTEGER NOT NULL DEFAULT 0,
    "n_partial" INTEGER NOT NULL DEFAULT 0,
    "n_canceled" INTEGER NOT NULL DEFAULT 0,
    "n_forward_failed" INTEGER NOT NULL DEFAULT 0,
    "n_uncertain" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "order_day_totals_pkey" PRIMARY KEY ("day")
);

-- CreateTable
CREATE TABLE "order_month_service_stats" (
    "month" DATE NOT NULL,
    "service_id" INTEGER NOT NULL,
    "provider_id" TEXT NOT NULL,
    "orders" INTEGER NOT NULL DEFAULT 0,
    "charge" BIGINT NOT NULL DEFAULT 0,
    "refunded" BIGINT NOT NULL DEFAULT 0,
    "cost" BIGINT NOT NULL DEFAULT 0,

    CONSTRAINT "order_month_service_stats_pkey" PRIMARY KEY ("month","service_id","provider_id")
);

-- CreateTable
CREATE TABLE "order_month_user_stats" (
    "month" DATE NOT NULL,
    "user_seq" INTEGER NOT NULL,
    "orders" INTEGER NOT NULL DEFAULT 0,
    "charge" BIGINT NOT NULL DEFAULT 0,
    "refunded" BIGINT NOT NULL DEFAULT 0,
    "cost" BIGINT NOT NULL DEFAULT 0,

    CONSTRAINT "order_month_user_stats_pkey" PRIMARY KEY ("month","user_seq")
);

-- CreateTable
CREATE TABLE "order_month_user_running" (
    "month" DATE NOT NULL,
    "user_seq" INTEGER NOT NULL,
    "orders" BIGINT NOT NULL DEFAULT 0,
    "charge" BIGINT NOT NULL DEFAULT 0,
    "refunded" BIGINT NOT NULL DEFAULT 0,
    "cost" BIGINT NOT NULL DEFAULT 0,

    CONSTRAINT "order_month_user_running_pkey" PRIMARY KEY ("month","user_seq")
);

-- CreateIndex
CREATE INDEX "order_day_service_stats_fresh_idx" ON "order_day_service_stats"("day") WHERE (NOT compacted);

-- CreateIndex
CREATE INDEX "order_day_user_stats_fresh_idx" ON "order_day_user_stats"("day") WHERE (NOT compacted);

-- ---------------------------------------------------------------------------------------------------
-- Exact daily order totals (docs/REPORTS.md). Written by hand: Prisma does not describe functions or
-- triggers, and its diff leaves them alone.
-- ---------------------------------------------------------------------------------------------------

-- The day an instant falls on in the panel's time zone (setting reports.timeZone, default Asia/Dhaka).
-- Order timestamps are stored as UTC without a zone.
CREATE FUNCTION panel_day(at timestamp) RETURNS date LANGUAGE sql STABLE AS $$
  SELECT ((at AT TIME ZONE 'UTC') AT TIME ZONE COALESCE(
    (SELECT value #>> '{}' FROM settings WHERE key = 'reports.timeZone'), 'Asia/Dhaka'))::date
$$;

-- What the provider charged us, in BDT at the rate of the moment its charge was first recorded (the
-- estimate written when it took the order), 4 places half-up (the money rule of lib/money/money.ts).
-- Later charges (a partial refund by the provider) keep that rate. BDT costs 1; USD (or no currency)
-- the exchange.bdtPerUsd setting, whose default 122.00 is repeated here from lib/settings/definitions.ts
-- (a test compares them); any other currency has no BDT cost. Kept here so no writer can forget it.
CREATE FUNCTION orders_provider_charge_bdt() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  -- A provider that answers in another currency than we assumed: its rate is taken afresh.
  IF TG_OP = 'UPDATE' AND upper(trim(COALESCE(OLD.provider_currency, ''))) <> upper(trim(COALESCE(NEW.provider_currency, ''))) THEN
    NEW.provider_rate_bdt := NULL;
  END IF;
  IF NEW.provider_charge IS NOT NULL AND NEW.provider_rate_bdt IS NULL THEN
    NEW.provider_rate_bdt := CASE upper(trim(COALESCE(NEW.provider_currency, '')))
      WHEN 'BDT' THEN 1
      WHEN 'USD' THEN COALESCE((SELECT (value #>> '{}')::numeric FROM settings WHERE key = 'exchange.bdtPerUsd'), 122.00)
      WHEN '' THEN COALESCE((SELECT (value #>> '{}')::numeric FROM settings WHERE key = 'exchange.bdtPerUsd'), 122.00)
    END;
  END IF;
  NEW.provider_charge_bdt := round(NEW.provider_charge * NEW.provider_rate_bdt, 4);
  RETURN NEW;
END $$;

-- Existing orders: their provider charge at today's rate (the rate of their moment was not kept).
UPDATE "orders" SET "provider_rate_bdt" = CASE WHEN upper(trim(coalesce("provider_currency", ''))) = 'BDT' THEN 1
  ELSE COALESCE((SELECT (value #>> '{}')::numeric FROM settings WHERE key = 'exchange.bdtPerUsd'), 122) END
 WHERE "provider_charge" IS NOT NULL;
UPDATE "orders" SET "provider_charge_bdt" = round("provider_charge" * "provider_rate_bdt", 4) WHERE "provider_charge" IS NOT NULL;

CREATE TRIGGER "orders_provider_charge_bdt"
  BEFORE INSERT OR UPDATE OF "provider_charge", "provider_rate_bdt", "provider_currency" ON "orders"
  FOR EACH ROW EXECUTE FUNCTION orders_provider_charge_bdt();

-- The reads' sum of the bigint money columns: bigint in, bigint out, raising "bigint out of range" rather
-- than losing a paisa (sum(bigint) returns numeric through a 128-bit state, twice as slow over the
-- customer tables). Left PARALLEL UNSAFE (the default): the planner cannot estimate the groups of a
-- union of month and day rows and its parallel plans for these reads measured slower than serial ones.
CREATE AGGREGATE bigint_sum(bigint) (SFUNC = int8pl, STYPE = bigint);

-- Every change to an order's money, status or keys appends one signed delta row per table: the old
-- row's figures negated plus the new row's, summed per key (so a change within one key is one row).
-- Money is kept as bigint ten-thousandths of a taka (amounts are numeric(20,4), so x 10000 is exact and
-- bigint sums run much faster than numeric ones); the reads divide by 10000 in one place
-- (lib/reports/stat-sources.ts). Customers are keyed by users.seq, an int, for the same reason.
CREATE FUNCTION orders_record_stats() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  old_seq integer;
  new_seq integer;
BEGIN
  IF TG_OP <> 'INSERT' THEN
    SELECT u.seq INTO old_seq FROM "users" u WHERE u.id = OLD.user_id;
  END IF;
  IF TG_OP = 'UPDATE' AND NEW.user_id = OLD.user_id THEN
    new_seq := old_seq;
  ELSIF TG_OP <> 'DELETE' THEN
    SELECT u.seq INTO new_seq FROM "users" u WHERE u.id = NEW.user_id;
  END IF;

  INSERT INTO "order_day_service_stats" ("day", "service_id", "provider_id", "orders", "charge", "refunded", "cost",
    "n_pending", "n_processing", "n_in_progress", "n_completed", "n_partial", "n_canceled", "n_forward_failed", "n_uncertain")
  SELECT d.day, d.service_id, d.provider_id, sum(d.sign), sum(d.sign * d.charge), sum(d.sign * d.refunded), sum(d.sign * d.cost),
         sum(d.sign * (d.status = 'PENDING')::int), sum(d.sign * (d.status = 'PROCESSING')::int),
         sum(d.sign * (d.status = 'IN_PROGRESS')::int), sum(d.sign * (d.status = 'COMPLETED')::int),
         sum(d.sign * (d.status = 'PARTIAL')::int), sum(d.sign * (d.status = 'CANCELED')::int),
         sum(d.sign * (d.status = 'FORWARD_FAILED')::int), sum(d.sign * (d.status = 'UNCERTAIN')::int)
    FROM (SELECT -1 AS sign, panel_day(OLD.created_at) AS day, OLD.service_id, COALESCE(OLD.provider_id, '') AS provider_id,
                 (OLD.charge * 10000)::bigint AS charge, (OLD.refunded * 10000)::bigint AS refunded,
                 (COALESCE(OLD.provider_charge_bdt, 0) * 10000)::bigint AS cost, OLD.status::text AS status
           WHERE TG_OP <> 'INSERT'
          UNION ALL
          SELECT 1, panel_day(NEW.created_at), NEW.service_id, COALESCE(NEW.provider_id, ''),
                 (NEW.charge * 10000)::bigint, (NEW.refunded * 10000)::bigint,
                 (COALESCE(NEW.provider_charge_bdt, 0) * 10000)::bigint, NEW.status::text
           WHERE TG_OP <> 'DELETE') AS d
   GROUP BY d.day, d.service_id, d.provider_id;

  INSERT INTO "order_day_user_stats" ("day", "user_seq", "orders", "charge", "refunded", "cost")
  SELECT d.day, d.user_seq, sum(d.sign), sum(d.sign * d.charge), sum(d.sign * d.refunded), sum(d.sign * d.cost)
    FROM (SELECT -1 AS sign, panel_day(OLD.created_at) AS day, old_seq AS user_seq, (OLD.charge * 10000)::bigint AS charge,
                 (OLD.refunded * 10000)::bigint AS refunded, (COALESCE(OLD.provider_charge_bdt, 0) * 10000)::bigint AS cost
           WHERE TG_OP <> 'INSERT'
          UNION ALL
          SELECT 1, panel_day(NEW.created_at), new_seq, (NEW.charge * 10000)::bigint, (NEW.refunded * 10000)::bigint,
                 (COALESCE(NEW.provider_charge_bdt, 0) * 10000)::bigint
           WHERE TG_OP <> 'DELETE') AS d
   GROUP BY d.day, d.user_seq
  HAVING sum(d.sign) <> 0 OR sum(d.sign * d.charge) <> 0 OR sum(d.sign * d.refunded) <> 0 OR sum(d.sign * d.cost) <> 0;
  RETURN NULL;
END $$;

-- Every customer's running totals, recounted from the month rows: a row for every month from the
-- customer's first to the last month of anyone's (rollup_order_stats; stats:check compares).
CREATE FUNCTION order_month_user_running_recount()
  RETURNS TABLE ("month" date, "user_seq" integer, "orders" bigint, "charge" bigint, "refunded" bigint, "cost" bigint)
  LANGUAGE sql STABLE AS $$
  WITH firsts AS (SELECT m."user_seq", min(m."month") AS "first" FROM "order_month_user_stats" m GROUP BY m."user_seq"),
       grid AS (SELECT f."user_seq", g::date AS "month"
                  FROM firsts f, generate_series(f."first", (SELECT max(x."month") FROM "order_month_user_stats" x), interval '1 month') g)
  SELECT grid."month", grid."user_seq",
         (sum(COALESCE(m."orders", 0)) OVER w)::bigint, (sum(COALESCE(m."charge", 0)) OVER w)::bigint,
         (sum(COALESCE(m."refunded", 0)) OVER w)::bigint, (sum(COALESCE(m."cost", 0)) OVER w)::bigint
    FROM grid LEFT JOIN "order_month_user_stats" m ON m."user_seq" = grid."user_seq" AND m."month" = grid."month"
  WINDOW w AS (PARTITION BY grid."user_seq" ORDER BY grid."month")
$$;

-- The day totals and the month tables, summed afresh from the compacted daily rows (rebuild_order_stats).
CREATE FUNCTION rollup_order_stats() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM "order_day_totals";
  DELETE FROM "order_month_service_stats";
  DELETE FROM "order_month_user_stats";
  INSERT INTO "order_day_totals" ("day", "orders", "charge", "refunded", "cost", "n_pending", "n_processing", "n_in_progress",
    "n_completed", "n_partial", "n_canceled", "n_forward_failed", "n_uncertain")
  SELECT "day", sum("orders"), sum("charge"), sum("refunded"), sum("cost"), sum("n_pending"), sum("n_processing"), sum("n_in_progress"),
         sum("n_completed"), sum("n_partial"), sum("n_canceled"), sum("n_forward_failed"), sum("n_uncertain")
    FROM "order_day_service_stats" WHERE "compacted" GROUP BY "day";
  INSERT INTO "order_month_service_stats" ("month", "service_id", "provider_id", "orders", "charge", "refunded", "cost")
  SELECT date_trunc('month', "day")::date, "service_id", "provider_id", sum("orders"), sum("charge"), sum("refunded"), sum("cost")
    FROM "order_day_service_stats" WHERE "compacted" GROUP BY 1, 2, 3;
  INSERT INTO "order_month_user_stats" ("month", "user_seq", "orders", "charge", "refunded", "cost")
  SELECT date_trunc('month', "day")::date, "user_seq", sum("orders"), sum("charge"), sum("refunded"), sum("cost")
    FROM "order_day_user_stats" WHERE "compacted" GROUP BY 1, 2;
  DELETE FROM "order_month_user_running";
  INSERT INTO "order_month_user_running" ("month", "user_seq", "orders", "charge", "refunded", "cost")
  SELECT "month", "user_seq", "orders", "charge", "refunded", "cost" FROM order_month_user_running_recount();
END $$;

-- Recounts both tables from the orders: for a change of the panel's time zone, or a repair. The
-- EXCLUSIVE locks make order writers wait at their delta insert until the recount commits, so no
-- change is counted twice or lost.
CREATE FUNCTION rebuild_order_stats() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  LOCK TABLE "order_day_service_stats", "order_day_user_stats", "order_day_totals", "order_month_service_stats",
    "order_month_user_stats", "order_month_user_running" IN EXCLUSIVE MODE;
  DELETE FROM "order_day_service_stats";
  DELETE FROM "order_day_user_stats";
  INSERT INTO "order_day_service_stats" ("day", "service_id", "provider_id", "compacted", "orders", "charge", "refunded", "cost",
    "n_pending", "n_processing", "n_in_progress", "n_completed", "n_partial", "n_canceled", "n_forward_failed", "n_uncertain")
  SELECT panel_day(o.created_at), o.service_id, COALESCE(o.provider_id, ''), true, count(*), (sum(o.charge) * 10000)::bigint,
         (sum(o.refunded) * 10000)::bigint, (COALESCE(sum(o.provider_charge_bdt), 0) * 10000)::bigint,
         count(*) FILTER (WHERE o.status = 'PENDING'), count(*) FILTER (WHERE o.status = 'PROCESSING'),
         count(*) FILTER (WHERE o.status = 'IN_PROGRESS'), count(*) FILTER (WHERE o.status = 'COMPLETED'),
         count(*) FILTER (WHERE o.status = 'PARTIAL'), count(*) FILTER (WHERE o.status = 'CANCELED'),
         count(*) FILTER (WHERE o.status = 'FORWARD_FAILED'), count(*) FILTER (WHERE o.status = 'UNCERTAIN')
    FROM "orders" o
   GROUP BY 1, 2, 3;
  INSERT INTO "order_day_user_stats" ("day", "user_seq", "compacted", "orders", "charge", "refunded", "cost")
  SELECT panel_day(o.created_at), u.seq, true, count(*), (sum(o.charge) * 10000)::bigint, (sum(o.refunded) * 10000)::bigint,
         (COALESCE(sum(o.provider_charge_bdt), 0) * 10000)::bigint
    FROM "orders" o JOIN "users" u ON u.id = o.user_id
   GROUP BY 1, 2;
  PERFORM rollup_order_stats();
END $$;

SELECT rebuild_order_stats();

CREATE TRIGGER "orders_record_stats"
  AFTER INSERT OR DELETE ON "orders"
  FOR EACH ROW EXECUTE FUNCTION orders_record_stats();

-- Updates that move nothing counted (the sync's check times, start counts) append nothing.
CREATE TRIGGER "orders_record_stats_update"
  AFTER UPDATE ON "orders"
  FOR EACH ROW
  WHEN (OLD.status IS DISTINCT FROM NEW.status OR OLD.charge IS DISTINCT FROM NEW.charge
     OR OLD.refunded IS DISTINCT FROM NEW.refunded OR OLD.provider_charge_bdt IS DISTINCT FROM NEW.provider_charge_bdt
     OR OLD.service_id IS DISTINCT FROM NEW.service_id OR OLD.provider_id IS DISTINCT FROM NEW.provider_id
     OR OLD.user_id IS DISTINCT FROM NEW.user_id OR OLD.created_at IS DISTINCT FROM NEW.created_at)
  EXECUTE FUNCTION orders_record_stats();
