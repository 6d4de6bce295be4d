import { z } from "zod";

/** PostgreSQL `integer` (Prisma Int): a larger number is a 500 from the database, not a 422. */
export const INT4_MAX = 2_147_483_647;

/** A row id or reference to one (services, orders, complaints, cursors), from JSON, a form or a URL. */
export const intId = () => z.coerce.number().int().positive().max(INT4_MAX);
