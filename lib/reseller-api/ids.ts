import { parseWireIdList } from "@/lib/providers/api-v2/wire-ids";
import { API_ERRORS, ApiV2Error } from "./errors";

export { echoId, parseWireId as parseOrderId } from "@/lib/providers/api-v2/wire-ids";

/** The tokens of a comma list in order, without repeats; none, or more than 100, refuses the request. */
export function parseIdList(value: string | undefined, emptyError: string): string[] {
  return parseWireIdList(value, { empty: emptyError, tooMany: API_ERRORS.tooManyIds }, (message) => new ApiV2Error(message));
}
