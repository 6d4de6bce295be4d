// Input for property tests, read off a zod schema: plausible values for every field, then one field
// (or the whole body) replaced by a "poison" the schema must refuse before PostgreSQL sees it.
import fc from "fast-check";
import type { z } from "zod";

type Def = { type: string; [key: string]: unknown };
const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;
const WRAPPERS = new Set(["optional", "nullable", "default", "prefault", "catch", "readonly", "nonoptional"]);

/** The schema under optional/default/pipe wrappers (for a preprocess, the schema it feeds). */
export function core(schema: z.ZodType): z.ZodType {
  const def = defOf(schema);
  if (WRAPPERS.has(def.type)) return core(def.innerType as z.ZodType);
  if (def.type === "pipe") return core((defOf(def.in as z.ZodType).type === "transform" ? def.out : def.in) as z.ZodType);
  return schema;
}

/** The object schemas a body may be: one, or each option of a union. */
export function objectShapes(schema: z.ZodType): Record<string, z.ZodType>[] {
  const def = defOf(core(schema));
  if (def.type === "object") return [def.shape as Record<string, z.ZodType>];
  if (def.type === "union") return (def.options as z.ZodType[]).flatMap(objectShapes);
  return [];
}

const TEXTS = ["hello", "https://instagram.com/p/fuzz", "fuzz@example.test", "1", "ACTIVE", "2024-01-01", "0.5"];

/** A value the field might accept. */
export function plausible(schema: z.ZodType): fc.Arbitrary<unknown> {
  const inner = core(schema);
  const def = defOf(inner);
  switch (def.type) {
    case "object":
      return fc.record(
        Object.fromEntries(Object.entries(def.shape as Record<string, z.ZodType>).map(([key, field]) => [key, plausible(field)])),
      );
    case "union":
      return fc.oneof(...(def.options as z.ZodType[]).map(plausible));
    case "string": {
      const format = (inner as unknown as { format?: string }).format;
      if (format === "email") return fc.constant("fuzz@example.test");
      if (format === "uuid" || format === "guid") return fc.uuid();
      if (format === "url") return fc.constant("https://example.test/fuzz");
      return fc.constantFrom(...TEXTS);
    }
    case "number":
      return fc.integer({ min: 1, max: 100 });
    case "boolean":
      return fc.boolean();
    case "enum":
      return fc.constantFrom(...Object.values(def.entries as Record<string, string>));
    case "literal":
      return fc.constantFrom(...(def.values as unknown[]));
    case "array":
      return fc.array(plausible(def.element as z.ZodType), { minLength: 1, maxLength: 2 });
    case "record":
      return fc.constant({});
    default:
      return fc.constantFrom(...TEXTS);
  }
}

const accepts = (schema: z.ZodType, value: unknown) => schema.safeParse(value).success;
const withNul = fc.tuple(fc.string({ maxLength: 8 }), fc.string({ maxLength: 8 })).map(([a, b]) => `${a}\u0000${b}`);
// Safe integers just past PostgreSQL's integer: zod's int() refuses unsafe ones (1e30) by itself.
export const OUT_OF_INT4: unknown[] = [2_147_483_648, "2147483648", -2_147_483_649, "4294967296", Number.MAX_SAFE_INTEGER];
export const BAD_DAYS = ["2024-13-45", "2023-02-29", "2024-04-31", "2024-02-30", "2024-00-10"];
const WRONG_TYPES: unknown[] = [{}, [], { nested: ["x"] }, true, null, ""];

export type Poison = "nul" | "int4" | "date" | "type";
type PoisonValue = { kind: Poison; value: unknown };

/** What this field must refuse, by kind: always a NUL; numbers out of int4; impossible days; wrong types. */
export function poisonsFor(field: z.ZodType): fc.Arbitrary<PoisonValue>[] {
  const kinds: fc.Arbitrary<PoisonValue>[] = [withNul.map((value) => ({ kind: "nul" as const, value }))];
  if (defOf(core(field)).type === "number") kinds.push(fc.constantFrom(...OUT_OF_INT4).map((value) => ({ kind: "int4" as const, value })));
  if (accepts(field, "2024-01-01") && !accepts(field, "2024-01-0x") && !accepts(field, "not a day"))
    kinds.push(fc.constantFrom(...BAD_DAYS).map((value) => ({ kind: "date" as const, value })));
  const wrong = WRONG_TYPES.filter((value) => !accepts(field, value));
  if (wrong.length) kinds.push(fc.constantFrom(...wrong).map((value) => ({ kind: "type" as const, value })));
  return kinds;
}

export type Poisoned = { input: Record<string, unknown>; field: string; kind: Poison; value: unknown };

/**
 * One generator per (field, kind of poison): a plausible body for one shape of `schema` with exactly
 * that field poisoned, the rest plausible, so a field that lets its poison through reaches the database.
 */
export function poisonCases(schema: z.ZodType): fc.Arbitrary<Poisoned>[] {
  const shapes = objectShapes(schema).filter((shape) => Object.keys(shape).length > 0);
  if (shapes.length === 0)
    return [withNul.map((value) => ({ input: { [`x${value}`]: value }, field: "body", kind: "nul" as const, value }))];
  return shapes.flatMap((shape) =>
    Object.entries(shape).flatMap(([field, fieldSchema]) =>
      poisonsFor(fieldSchema).map((poison) =>
        fc.tuple(plausible(schemaOfShape(shape)), poison).map(([base, bad]) => ({
          input: { ...(base as Record<string, unknown>), [field]: bad.value },
          field,
          kind: bad.kind,
          value: bad.value,
        })),
      ),
    ),
  );
}

export const poisoned = (schema: z.ZodType): fc.Arbitrary<Poisoned> => fc.oneof(...poisonCases(schema));

/** One drawn value of each generator: every case runs at least once, whatever the random runs pick. */
export const oneOfEach = <T>(cases: fc.Arbitrary<T>[]): T[] =>
  cases.map((arbitrary, index) => fc.sample(arbitrary, { numRuns: 1, seed: 1000 + index })[0]!);

function schemaOfShape(shape: Record<string, z.ZodType>): z.ZodType {
  // plausible() only reads `_zod.def`, so a stand-in object schema is enough.
  return { _zod: { def: { type: "object", shape } } } as unknown as z.ZodType;
}
