import { createTranslator } from "next-intl";
import { MESSAGES } from "./messages";
import type { Translate } from "@/lib/validation/issue-message";

const english = createTranslator({ locale: "en", messages: MESSAGES.en });

/** English messages for server-side answers (API errors). */
export const translateEnglish: Translate = (key, values) => english(key as never, values as never);
