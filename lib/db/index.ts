export { db, type Db, type Tx } from "./client";
export { Prisma } from "./generated/client";
export type { User, LedgerEntry, AuditLog, MailMessage, PasswordResetToken } from "./generated/client";
export { Role, UserStatus, Locale, Currency, LedgerKind } from "./generated/enums";
export { sqlState, SQL_STATE } from "./sql-state";
