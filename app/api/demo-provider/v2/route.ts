/*
 * The built-in demo provider: an upstream SMM panel speaking API v2 (docs/PROTOCOL.md) inside our app, so
 * the local panel works end to end with no account anywhere. It answers the protocol's own shapes,
 * not our envelope: errors are `{"error": "…"}` with HTTP 200, like real panels.
 *
 *   POST /api/demo-provider/v2   form-encoded, multipart or JSON body: key, action, …
 *   GET  /api/demo-provider/v2?key=…&action=…
 *
 * Not found (404) unless enabled: always outside production; in production only with DEMO_PROVIDER_ENABLED=1.
 * The key is the one given to ensureDemoAccount() (the seed); balance is in USD.
 *
 * Switches in the provider URL's query string (our client keeps it), e.g. `…/v2?speed=60&latencyMs=200`:
 *   catalogSize=N        `services` lists ids 1..N (max 20000): the 25 fixed services, then generated
 *                        ones over 50 categories (benchmarks: catalogSize=5000)
 *   catalogVariant=V     changed rates/min/max, vanished and new services; the exact rule is in
 *                        lib/demo-provider/catalog.ts (V=1: service 2's rate +10 %, services 3, 13, 23 gone, …)
 *   durationMs=N         new orders go Pending → In progress → final status in N ms (default 60000)
 *   speed=X              same as durationMs = 60000 / X (speed=60: one second)
 *   outcome=completed|partial|canceled   forces how new orders end (otherwise ~80/12/8 % by order id)
 *   latencyMs=N          sleeps N ms (max 60000) before answering
 *   fault=http_500       answers HTTP 500 with an HTML page (every action unless faultActions)
 *   fault=error          answers {"error":"Service temporarily unavailable"} (every action unless faultActions)
 *   fault=out_of_funds   answers {"error":"Not enough funds on balance"} (add unless faultActions)
 *   fault=timeout_after_accept   `add` creates and charges the order, then holds the answer back until
 *                        the client disconnects or hangMs (default and max 60000) has passed
 *   faultActions=a,b     the actions a fault applies to (timeout_after_accept only ever applies to add)
 *   faultRate=0.3        share of the affected requests that fail, deterministic: 3 in every 10 (4th, 7th, 10th, …)
 *   hangMs=N             see timeout_after_accept
 *
 * Drip-feed (Default services with dripfeed: 3, 4, 5, 6, 7, 10) and subscriptions (24, 25) progress over
 * the same duration: after its first tenth, run k / post k becomes a child order (its own id, same service
 * and link) in steady slots, delivered like an ordinary order within its slot. A drip-feed's status adds
 * `runs` (started) and `orders` (child ids); a subscription answers {status Active|Paused|Completed|Expired|
 * Canceled, posts, orders, expiry, charge, currency}; a child's status adds its `quantity`. Rules and money:
 * lib/demo-provider/dripfeed.ts, subscription.ts, children.ts.
 */
import { demoProviderEnabled, handleDemoRequest } from "@/lib/demo-provider";
import { nulPath } from "@/lib/validation/no-nul";
import { logger } from "@/lib/log/logger";
import { route } from "@/lib/http/route";
import { readFields } from "@/lib/api-v2/read-fields";

export const dynamic = "force-dynamic";

// Our own provider client (and benchmarks) call it server to server with the demo key: any origin.
const answer = route({ auth: "public", origin: "any" }, async ({ req }): Promise<Response> => {
  if (!demoProviderEnabled()) return new Response("Not Found", { status: 404 });
  const url = new URL(req.url);
  try {
    const fields = await readFields(req, { keyInPostUrl: "accept" });
    if (!fields) return Response.json({ error: "Incorrect request" });
    const nul = nulPath(fields);
    if (nul) return Response.json({ error: `Incorrect request: ${nul} must not contain NUL characters` });
    const reply = await handleDemoRequest(fields, url.searchParams, { signal: req.signal });
    if (reply.html !== undefined)
      return new Response(reply.html, { status: reply.status, headers: { "content-type": "text/html; charset=utf-8" } });
    return Response.json(reply.json, { status: reply.status });
  } catch (error) {
    logger.error({ err: error, action: url.searchParams.get("action") }, "demo provider request failed");
    return Response.json({ error: "Internal server error" }, { status: 500 });
  }
});

export const GET = answer;
export const POST = answer;
