// The migrator connects like the app (lib/db/connection-options.ts): the same TLS verification and CA,
// but no statement timeout (a migration may build an index for longer) and its own small pool.
import { connectionFor, type Connection } from "../../../lib/db/connection-options.ts";
import { decideRuntimeMode } from "../../../lib/system/mode-rules.ts";

export function migratorConnection(databaseUrl: string): Connection {
  const decision = decideRuntimeMode(process.env);
  return connectionFor(databaseUrl, {
    mode: "mode" in decision ? decision.mode : "local",
    caCert: process.env.DATABASE_CA_CERT?.trim() || undefined,
    caCertFile: process.env.DATABASE_CA_CERT_FILE?.trim() || undefined,
    statementTimeoutMs: 0,
  });
}
