-- Issue 20: the two reads every order makes before it writes, as functions, so PostgreSQL plans them
-- once per connection instead of on every call. Sent as plain statements (Prisma's driver adapter uses
-- unnamed prepared statements, which a transaction-mode pooler requires), planning them cost 3–6 × their
-- execution: about a third of an order's database time. PL/pgSQL keeps the plan of each query in it
-- for the connection's life (re-planned by itself when a table or its statistics change).

-- The session behind a cookie (lib/auth/session.ts): the session row, its user ("u_…") and the
-- customer an admin is acting as, if any ("a_…"). No row when the session is gone.
CREATE FUNCTION session_with_users(p_session_id text)
RETURNS TABLE (
  second_factor_at timestamp(3),
  u_id text, u_email text, u_full_name text, u_role text, u_locale text, u_currency text, u_status text,
  u_session_version integer, u_email_verified_at timestamp(3), u_totp_enabled_at timestamp(3),
  a_id text, a_email text, a_full_name text, a_role text, a_locale text, a_currency text, a_status text,
  a_session_version integer, a_email_verified_at timestamp(3), a_totp_enabled_at timestamp(3)
)
LANGUAGE plpgsql STABLE AS $$
BEGIN
  RETURN QUERY
  SELECT us.second_factor_at,
         u.id, u.email, u.full_name, u.role::text, u.locale::text, u.currency::text, u.status::text,
         u.session_version, u.email_verified_at, u.totp_enabled_at,
         a.id, a.email, a.full_name, a.role::text, a.locale::text, a.currency::text, a.status::text,
         a.session_version, a.email_verified_at, a.totp_enabled_at
    FROM user_sessions us
    JOIN users u ON u.id = us.user_id
    LEFT JOIN users a ON a.id = us.acting_as_user_id
   WHERE us.id = p_session_id;
END
$$;

-- What placing an order reads (lib/orders/order-context.ts): the service with its category's and
-- provider's status (service columns NULL when no service has this id), the settings asked for, the
-- customer's price group and the prices of theirs that can apply to this service, and whether their
-- e-mail is confirmed. No row when the user does not exist.
CREATE FUNCTION order_context(p_user_id text, p_service_id integer, p_setting_keys text[])
RETURNS TABLE (
  service_id integer, category_id text, type text, rate text, min integer, max integer, dripfeed boolean,
  mode text, active boolean, provider_id text, provider_service_id text, provider_rate text,
  provider_active boolean, settings json, group_percent text, prices json, email_verified boolean
)
LANGUAGE plpgsql STABLE AS $$
BEGIN
  RETURN QUERY
  SELECT s.id, s.category_id, s.type::text, s.rate::text, s.min, s.max, s.dripfeed,
         s.mode::text, (s.status = 'ACTIVE' AND c.status = 'ACTIVE'),
         s.provider_id, s.provider_service_id, s.provider_rate::text,
         (p.status = 'ACTIVE'),
         (SELECT coalesce(json_agg(json_build_object('key', st.key, 'value', st.value)), '[]')
            FROM settings st WHERE st.key = ANY (p_setting_keys)),
         (SELECT g.percent::text FROM price_groups g WHERE g.id = u.price_group_id),
         (SELECT coalesce(json_agg(json_build_object('scope', cp.scope, 'categoryId', cp.category_id, 'serviceId', cp.service_id,
                                                     'percent', cp.percent::text, 'rate', cp.rate::text)), '[]')
            FROM customer_prices cp
           WHERE cp.user_id = u.id AND (cp.scope = 'ALL' OR cp.category_id = s.category_id OR cp.service_id = s.id)),
         (u.email_verified_at IS NOT NULL)
    FROM users u
    LEFT JOIN services s ON s.id = p_service_id
    LEFT JOIN categories c ON c.id = s.category_id
    LEFT JOIN providers p ON p.id = s.provider_id
   WHERE u.id = p_user_id;
END
$$;
