import type { Localized } from "@/lib/conversations/core/guide-types";

/** One text in Dutch and English, for the built-in guides' tables of questions. */
export const both = (nl: string, en: string): Localized => ({ nl, en });
