import { Prisma } from "./generated/client";

/** SQLSTATEs the database's own functions raise (prisma/migrations/*_placement_functions). */
export const SQL_STATE = { insufficientFunds: "PA001", userNotFound: "PA002", uniqueViolation: "23505" } as const;

/** The SQLSTATE behind a failed raw query (a RAISE in a database function, a constraint), if any. */
export function sqlState(error: unknown): string | undefined {
  if (!(error instanceof Prisma.PrismaClientKnownRequestError) || error.code !== "P2010") return undefined;
  const meta = error.meta as { driverAdapterError?: { cause?: { originalCode?: unknown } } } | undefined;
  const code = meta?.driverAdapterError?.cause?.originalCode;
  return typeof code === "string" ? code : undefined;
}
