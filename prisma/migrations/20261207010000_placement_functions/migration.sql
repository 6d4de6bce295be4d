-- Issue 20: money moves and orders are placed in one round trip each.
--
-- post_ledger_entry is the ONE balance writer (lib/wallet/post-ledger-entry.ts calls it, and
-- place_order below): one conditional UPDATE both locks the user's row and refuses a debit below
-- -credit_limit, then the immutable entry is written with the new balance. (reference_type,
-- reference_id, kind) is unique, so one cause moves money at most once (a second try raises 23505).
-- Its created_at is the clock after the row lock, so a wallet's entries sort in the order their
-- balances were written. Raises 'insufficient_funds' (SQLSTATE PA001) or 'user_not_found' (PA002).
CREATE FUNCTION post_ledger_entry(
  p_user_id text,
  p_kind "LedgerKind",
  p_amount numeric,
  p_reference_type text,
  p_reference_id text,
  p_actor_id text,
  p_memo text,
  p_memo_message jsonb,
  OUT entry_id text,
  OUT entry_balance_after numeric,
  OUT entry_created_at timestamp(3)
)
LANGUAGE plpgsql AS $$
BEGIN
  UPDATE users u
     SET balance = u.balance + p_amount,
         deposited_total = u.deposited_total + CASE WHEN p_kind IN ('DEPOSIT', 'DEPOSIT_REVERSAL') THEN p_amount ELSE 0 END,
         spent_total = u.spent_total - CASE WHEN p_kind IN ('ORDER_CHARGE', 'ORDER_REFUND') THEN p_amount ELSE 0 END,
         updated_at = now()
   WHERE u.id = p_user_id
     AND (p_amount > 0 OR u.balance + p_amount >= -u.credit_limit)
  RETURNING u.balance INTO entry_balance_after;
  IF NOT FOUND THEN
    IF EXISTS (SELECT 1 FROM users u WHERE u.id = p_user_id) THEN
      RAISE EXCEPTION 'insufficient_funds' USING ERRCODE = 'PA001';
    END IF;
    RAISE EXCEPTION 'user_not_found' USING ERRCODE = 'PA002';
  END IF;
  entry_id := gen_random_uuid()::text;
  entry_created_at := clock_timestamp() AT TIME ZONE 'UTC';
  INSERT INTO ledger_entries (id, user_id, kind, amount, balance_after, reference_type, reference_id, actor_id, memo, memo_message, created_at)
  VALUES (entry_id, p_user_id, p_kind, p_amount, entry_balance_after, p_reference_type, p_reference_id, p_actor_id, p_memo,
          p_memo_message, entry_created_at);
END
$$;

-- place_order writes one order, its 'created' event and its charge (through post_ledger_entry), all or
-- nothing, in one statement (lib/orders/create-order.ts). Identical orders of one user take turns (an
-- advisory lock), and each query here sees what committed before it (a VOLATILE function takes a new
-- snapshot per query), so the duplicate check cannot race.
--   p_order             the orders row as JSON, by column name (user_id, service_id, link, quantity, …)
--   p_duplicate_window  NULL: no duplicate check; else an identical order within it is answered as
--                       duplicate_of and nothing is written
--   p_memo              the charge's English memo; '{order_id}' stands for the new order's id
--   p_memo_message      the memo as a message; its values.id is set to the new order's id
CREATE FUNCTION place_order(
  p_order jsonb,
  p_duplicate_window interval,
  p_actor_id text,
  p_memo text,
  p_memo_message jsonb,
  p_event_data jsonb,
  OUT order_id integer,
  OUT duplicate_of integer,
  OUT balance_after numeric
)
LANGUAGE plpgsql AS $$
DECLARE
  v orders := jsonb_populate_record(NULL::orders, p_order);
  v_id integer;
  v_at timestamp(3);
BEGIN
  PERFORM pg_advisory_xact_lock(hashtextextended(v.user_id || '|' || v.service_id || '|' || v.link || '|' || v.quantity, 0));
  v_at := clock_timestamp() AT TIME ZONE 'UTC';
  IF p_duplicate_window IS NOT NULL THEN
    SELECT o.id INTO duplicate_of
      FROM orders o
     WHERE o.user_id = v.user_id AND o.service_id = v.service_id AND o.link = v.link AND o.quantity = v.quantity
       AND o.created_at > v_at - p_duplicate_window
     LIMIT 1;
    IF duplicate_of IS NOT NULL THEN
      RETURN;
    END IF;
  END IF;

  -- The charge first: its UPDATE takes the wallet's row, so the order's own foreign-key check finds it
  -- held by this transaction instead of adding a share lock that every waiting placement must merge
  -- (on a hot wallet that made one statement slower than the old eight). The order's id is taken first
  -- for the entry's reference.
  v_id := nextval('orders_id_seq');
  SELECT e.entry_balance_after INTO balance_after
    FROM post_ledger_entry(v.user_id, 'ORDER_CHARGE', -v.charge, 'order', v_id::text, p_actor_id,
                           replace(p_memo, '{order_id}', v_id::text),
                           jsonb_set(p_memo_message, '{values,id}', to_jsonb(v_id))) e;
  INSERT INTO orders (id, user_id, service_id, provider_id, provider_service_id, provider_service_rate, link, quantity, params,
                      runs, run_interval, run_quantity, subscription_posts, expires_at, mode, rate, charge, charge_usd,
                      source, admin_notes, created_at, updated_at)
  VALUES (v_id, v.user_id, v.service_id, v.provider_id, v.provider_service_id, v.provider_service_rate, v.link, v.quantity, v.params,
          v.runs, v.run_interval, v.run_quantity, v.subscription_posts, v.expires_at, v.mode, v.rate, v.charge, v.charge_usd,
          v.source, v.admin_notes, v_at, v_at);
  INSERT INTO order_events (id, order_id, kind, to_status, data, actor_id, created_at)
  VALUES (gen_random_uuid()::text, v_id, 'created', 'PENDING', p_event_data, p_actor_id, v_at);
  order_id := v_id;
END
$$;
