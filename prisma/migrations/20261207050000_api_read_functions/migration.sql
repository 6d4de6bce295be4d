-- Issue 20: API v2's two hot reads as functions, planned once per connection like the session's and the
-- order context's (20261207040000_hot_read_functions): planning the key lookup cost 8 × its execution,
-- and the 100-order status read half as much again as its execution.

-- The API key with this hash and its owner (lib/api-keys/authenticate-api-key.ts). No row when unknown.
CREATE FUNCTION api_key_owner(p_key_hash text)
RETURNS TABLE (
  id text, revoked_at timestamp(3), last_used_at timestamp(3), user_id text, status text, currency text, dollar_rate text
)
LANGUAGE plpgsql STABLE AS $$
BEGIN
  RETURN QUERY
  SELECT k.id, k.revoked_at, k.last_used_at, u.id, u.status::text, u.currency::text, u.dollar_rate::text
    FROM api_keys k
    JOIN users u ON u.id = k.user_id
   WHERE k.key_hash = p_key_hash;
END
$$;

-- The states of these orders of this customer, for API v2 `status` (lib/orders/list-own-orders.ts).
-- The owner is in the query: another customer's ids answer nothing.
CREATE FUNCTION own_order_states(p_user_id text, p_order_ids integer[])
RETURNS TABLE (
  id integer, status text, quantity integer, charge text, refunded text, start_count integer, remains integer,
  runs integer, runs_done integer, subscription_status text, subscription_posts integer, posts_done integer,
  expires_at timestamp(3), children integer
)
LANGUAGE plpgsql STABLE AS $$
BEGIN
  RETURN QUERY
  SELECT o.id, o.status::text, o.quantity, o.charge::text, o.refunded::text, o.start_count, o.remains, o.runs,
         o.runs_done, o.subscription_status::text, o.subscription_posts, o.posts_done, o.expires_at,
         (SELECT count(*)::int FROM order_children c WHERE c.order_id = o.id)
    FROM orders o
   WHERE o.user_id = p_user_id AND o.id = ANY (p_order_ids);
END
$$;
