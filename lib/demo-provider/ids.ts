import { DEMO_ERRORS, DemoError } from "./errors";

// Ids as the protocol sends them: one number, or a comma list of at most 100.
export const MAX_IDS = 100;
const MAX_ID = 2_147_483_647;

export function parseId(value: string | undefined): number | undefined {
  const text = value?.trim();
  if (!text || !/^\d{1,10}$/.test(text)) return undefined;
  const id = Number(text);
  return id >= 1 && id <= MAX_ID ? id : undefined;
}

/** The tokens of a comma list, in order, without repeats; none, or more than 100, is refused as a whole. */
export function parseIdList(value: string | undefined, emptyError: string): string[] {
  const tokens = [...new Set((value ?? "").split(",").map((token) => token.trim()).filter(Boolean))];
  if (tokens.length === 0) throw new DemoError(emptyError);
  if (tokens.length > MAX_IDS) throw new DemoError(DEMO_ERRORS.tooManyIds);
  return tokens;
}

/** How an id is echoed back in a list answer: a number when it is one, else the text as sent. */
export function echoId(token: string): number | string {
  return parseId(token) ?? token;
}
