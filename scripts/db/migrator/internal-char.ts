// Fix 3: PostgreSQL's internal one-byte `"char"` type (OID 18), used by catalog columns the engine reads
// (pg_constraint.contype, pg_class.relkind, ...). adapter-pg 7.10 has no column type for it and fails the whole
// query ("Column type 'char' could not be deserialized from the database"). Relabelling it as text is not
// enough: the engine's describer reads these columns as characters, as Prisma's native driver delivers them,
// and panics on text ("... as char failed", e.g. on PostgreSQL 18's NOT NULL constraints, contype 'n').
// So: before pg builds the result, turn such columns into text and tag their names; after adapter-pg has
// mapped the result, untag the names and declare the columns as characters.
import { ColumnTypeEnum, type SqlResultSet } from "@prisma/driver-adapter-utils";
import pg from "pg";

const INTERNAL_CHAR_OID = 18;
const TEXT_OID = 25;
// NUL cannot occur in a PostgreSQL identifier, so a tagged name never collides with a real one.
const TAG = "\u0000internal-char";

/** Makes every connection of `pool` deliver `"char"` columns as tagged text columns. */
export function tagInternalCharColumns(pool: pg.Pool): void {
  pool.on("connect", (client) => {
    // Runs before pg's own handler, so pg and adapter-pg only ever see the relabelled description.
    if (client instanceof pg.Client) client.connection.prependListener("rowDescription", relabel);
  });
}

function relabel(message: unknown): void {
  if (typeof message !== "object" || message === null || !("fields" in message)) return;
  const { fields } = message;
  if (!Array.isArray(fields)) return;
  for (const field of fields) {
    if (field?.dataTypeID !== INTERNAL_CHAR_OID) continue;
    field.dataTypeID = TEXT_OID;
    field.name = `${field.name}${TAG}`;
  }
}

/** Turns tagged text columns of an adapter result back into `"char"` (Character) columns. */
export function restoreInternalCharColumns(result: SqlResultSet): SqlResultSet {
  if (!result.columnNames.some((name) => name.endsWith(TAG))) return result;
  const columnTypes = [...result.columnTypes];
  const columnNames = result.columnNames.map((name, index) => {
    if (!name.endsWith(TAG)) return name;
    columnTypes[index] = ColumnTypeEnum.Character;
    return name.slice(0, -TAG.length);
  });
  return { ...result, columnNames, columnTypes };
}
