import { env } from "@/lib/env";

/** The reseller API's URL as resellers must call it: on the panel's public address (APP_URL), never the host a request reached. */
export function resellerEndpoint(): string {
  return `${env().APP_URL.replace(/\/$/, "")}/api/v2`;
}
