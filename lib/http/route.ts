import type { z } from "zod";
import { assertPermission, assertUser } from "@/lib/auth/guards";
import type { Permission } from "@/lib/auth/permissions";
import { userFromHeaders, type SessionUser } from "@/lib/auth/session";
import { badRequest } from "@/lib/errors/app-error";
import { requestLogger, type Logger } from "@/lib/log/logger";
import type { Success } from "./envelope";
import { jsonAnswer } from "./json-answer";
import { urlProblem } from "./gate-refusal";
import { readBody } from "./read-body";
import { REQUEST_ID_HEADER, requestMeta } from "./request-context";
import { actingReadOnly } from "@/lib/auth/staff-rules";
import { crossOriginRefused, isReadOnlyMethod, isSameOriginRequest } from "./same-origin";
import { toFailure } from "./to-failure";
import { parseWith } from "./validation";

type AuthMode = "public" | "user" | { permission: Permission };
type UserFor<A extends AuthMode> = A extends "public" ? SessionUser | null : SessionUser;
type Parsed<S> = S extends z.ZodType ? z.infer<S> : undefined;

type RouteConfig<A extends AuthMode, B, Q, P> = {
  auth: A;
  body?: B;
  query?: Q;
  params?: P;
  /** HTTP status for success (default 200). */
  status?: number;
  /**
   * "same" (default): POST/PUT/PATCH/DELETE from another origin are refused with 403 (CSRF; see
   * same-origin.ts). "any": only for server-to-server callers that prove themselves otherwise (a
   * signature, a key) and never by the session cookie.
   */
  origin?: A extends "public" ? "same" | "any" : "same";
};

export type RouteContext<A extends AuthMode, B, Q, P> = {
  req: Request;
  user: UserFor<A>;
  body: Parsed<B>;
  query: Parsed<Q>;
  params: Parsed<P>;
  requestId: string;
  ip: string;
  log: Logger;
};

type SegmentData = { params: Promise<Record<string, string | string[] | undefined>> };

/**
 * The one wrapper for route handlers: auth mode, zod schemas for body/query/params, the envelope,
 * the request id and error mapping. Handlers return data, which is sent in the envelope; or, in raw
 * mode, a `Response` of their own (a stream, a CSV, a redirect, a protocol's answer), which is sent as
 * it is with the request id added and, for a signed-in person, `no-store` unless it set its own caching.
 * Errors thrown before or inside either kind answer in the envelope with their status.
 */
export function route<
  A extends AuthMode,
  B extends z.ZodType | undefined = undefined,
  Q extends z.ZodType | undefined = undefined,
  P extends z.ZodType | undefined = undefined,
  T = unknown,
>(config: RouteConfig<A, B, Q, P>, handler: (ctx: RouteContext<A, B, Q, P>) => Promise<T>) {
  const handle = async (req: Request, segment?: SegmentData): Promise<Response> => {
    const { requestId, ip } = requestMeta(req.headers);
    const log = requestLogger(requestId);
    const started = performance.now();
    const url = new URL(req.url);
    const done = (status: number) =>
      log.info({ method: req.method, path: url.pathname, status, ms: Math.round(performance.now() - started) }, "request");
    try {
      // API paths skip the request gate (middleware.ts), so its URL check is made here.
      const problem = urlProblem(url);
      if (problem) throw badRequest(problem.code, problem.message);
      if (config.origin !== "any" && !isSameOriginRequest(req.method, req.headers)) throw crossOriginRefused();
      const sessionUser = await userFromHeaders(req.headers);
      if (sessionUser?.actingAdmin && !isReadOnlyMethod(req.method)) throw actingReadOnly();
      const user =
        config.auth === "public"
          ? sessionUser
          : config.auth === "user"
            ? assertUser(sessionUser)
            : assertPermission(sessionUser, config.auth.permission);
      const body = config.body ? parseWith(config.body, await readBody(req)) : undefined;
      const query = config.query ? parseWith(config.query, Object.fromEntries(url.searchParams)) : undefined;
      const params = config.params ? parseWith(config.params, (await segment?.params) ?? {}) : undefined;
      const data = await handler({
        req,
        user: user as UserFor<A>,
        body: body as Parsed<B>,
        query: query as Parsed<Q>,
        params: params as Parsed<P>,
        requestId,
        ip,
        log,
      });
      if (data instanceof Response) {
        done(data.status);
        return withRequestHeaders(data, requestId, Boolean(sessionUser));
      }
      const payload: Success<T> = { success: true, data };
      done(config.status ?? 200);
      // An answer for a signed-in person is theirs alone: no browser, proxy or CDN may keep it.
      const privacy: Record<string, string> = sessionUser ? { "cache-control": "private, no-store" } : {};
      return jsonAnswer(payload, { status: config.status ?? 200, headers: { [REQUEST_ID_HEADER]: requestId, ...privacy } });
    } catch (error) {
      const { status, body } = toFailure(error, requestId, log);
      const headers: Record<string, string> = { [REQUEST_ID_HEADER]: requestId, "cache-control": "no-store" };
      const retryAfter = body.error.details?.retryAfterSeconds;
      if (typeof retryAfter === "number") headers["retry-after"] = String(retryAfter);
      done(status);
      return jsonAnswer(body, { status, headers });
    }
  };
  // The schemas stay readable on the handler, so tests can generate input for every route (tests/bad-input).
  return Object.assign(handle, { schemas: { body: config.body, query: config.query, params: config.params } });
}

/** A raw answer with the request id, and private no-store for a signed-in person unless it chose its caching. */
function withRequestHeaders(response: Response, requestId: string, signedIn: boolean): Response {
  // Rebuilt, not mutated: Response.redirect() and fetch answers have immutable headers.
  const headers = new Headers(response.headers);
  headers.set(REQUEST_ID_HEADER, requestId);
  if (signedIn && !headers.has("cache-control")) headers.set("cache-control", "private, no-store");
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
}
