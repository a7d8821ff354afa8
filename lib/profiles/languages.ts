/** The languages a session can be held in; the same two as the app today, but a separate list on purpose. */
export const profileLanguages = ["nl", "en"] as const;
export type ProfileLanguage = (typeof profileLanguages)[number];
