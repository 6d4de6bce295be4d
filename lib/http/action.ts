import { headers } from "next/headers";
import { unstable_rethrow } from "next/navigation";
import type { z } from "zod";
import { currentUser } from "@/lib/auth/current-user";
import { assertPermission, assertUser } from "@/lib/auth/guards";
import { actingReadOnly } from "@/lib/auth/staff-rules";
import type { Permission } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/session";
import { requestLogger, type Logger } from "@/lib/log/logger";
import type { Envelope } from "./envelope";
import { requestMeta } from "./request-context";
import { toFailure } from "./to-failure";
import { parseWith } from "./validation";

export type ActionContext<U> = { user: U; requestId: string; ip: string; log: Logger };

type Resolver<U> = (user: SessionUser | null) => U;

/** Every action changes something, so none runs while an admin views the panel as a customer. */
const refuseWhileActing =
  <U>(resolveUser: Resolver<U>): Resolver<U> =>
  (user) => {
    if (user?.actingAdmin) throw actingReadOnly();
    return resolveUser(user);
  };

/**
 * The chain for server actions: public → signed-in → permission-checked. Each action validates its
 * input with a zod schema (the same one its form uses) and returns the envelope instead of throwing.
 */
function client<U>(resolveUser: Resolver<U>) {
  return {
    schema<S extends z.ZodType>(schema: S) {
      return {
        action<T>(handler: (input: z.infer<S>, ctx: ActionContext<U>) => Promise<T>) {
          const run = async (input: z.input<S>): Promise<Envelope<T>> => {
            const { requestId, ip } = requestMeta(await headers());
            const log = requestLogger(requestId);
            try {
              const user = resolveUser(await currentUser());
              const data = await handler(parseWith(schema, input), { user, requestId, ip, log });
              return { success: true, data };
            } catch (error) {
              unstable_rethrow(error); // redirect() and notFound() are control flow, not failures
              return toFailure(error, requestId, log).body;
            }
          };
          // Readable by tests that generate input for every action (tests/bad-input).
          return Object.assign(run, { inputSchema: schema });
        },
      };
    },
  };
}

export const publicAction = client(refuseWhileActing((user) => user));
export const userAction = client(refuseWhileActing(assertUser));
export const permissionAction = (permission: Permission) => client(refuseWhileActing((user) => assertPermission(user, permission)));
/** Only for leaving "acting as a customer": the one action such a session may run. */
export const actingSessionAction = client(assertUser);
