import { parseWireIdList } from "@/lib/providers/api-v2/wire-ids";
import { DEMO_ERRORS, DemoError } from "./errors";

export { echoId, parseWireId as parseId } from "@/lib/providers/api-v2/wire-ids";

/** The tokens of a comma list, in order, without repeats; none, or more than 100, is refused as a whole. */
export function parseIdList(value: string | undefined, emptyError: string): string[] {
  return parseWireIdList(value, { empty: emptyError, tooMany: DEMO_ERRORS.tooManyIds }, (message) => new DemoError(message));
}
