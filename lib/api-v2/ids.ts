import { API_ERRORS, ApiV2Error } from "./errors";

// Ids as an API v2 server reads them (our /api/v2 and the built-in demo provider): one number, or a
// comma list of at most 100.
export const MAX_IDS = 100;
const MAX_ID = 2_147_483_647;

/** A numeric id as the protocol sends it ("12", " 12 "), or undefined. */
export function parseId(value: string | undefined): number | undefined {
  const text = value?.trim();
  if (!text || !/^\d{1,10}$/.test(text)) return undefined;
  const id = Number(text);
  return id >= 1 && id <= MAX_ID ? id : undefined;
}

/** The tokens of a comma list in order, without repeats; none (`emptyError`), or more than 100, refuses the request. */
export function parseIdList(value: string | undefined, emptyError: string): string[] {
  const tokens = [
    ...new Set(
      (value ?? "")
        .split(",")
        .map((token) => token.trim())
        .filter(Boolean),
    ),
  ];
  if (tokens.length === 0) throw new ApiV2Error(emptyError);
  if (tokens.length > MAX_IDS) throw new ApiV2Error(API_ERRORS.tooManyIds);
  return tokens;
}

/** How an id is echoed in a list answer: a number when it is one, else the text as sent. */
export function echoId(token: string): number | string {
  return parseId(token) ?? token;
}
