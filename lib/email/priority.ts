import type { TemplateName } from "./template-types";

/**
 * pg-boss fetches jobs by priority (highest first), then by age. A sign-in link expires in 15 minutes and
 * someone is waiting at the sign-in page for it: it goes ahead of any backlog of bulk mail (an import's
 * invitations, a morning's reminders), which keeps the default, 0.
 */
export const SIGN_IN_EMAIL_PRIORITY = 10;

/**
 * News sent to every member at once (a programme opening its sign-up writes one email per member) goes
 * after the mail about someone's own pair, group or session: three hundred announcements must not hold up
 * a mentor's match request or a cancelled session.
 */
export const NEWS_EMAIL_PRIORITY = -5;

const signInTemplates: ReadonlySet<TemplateName> = new Set<TemplateName>(["magic-link"]);
const newsTemplates: ReadonlySet<TemplateName> = new Set<TemplateName>(["programme-signup-open"]);

export function emailJobPriority(template: TemplateName): number {
  if (signInTemplates.has(template)) return SIGN_IN_EMAIL_PRIORITY;
  return newsTemplates.has(template) ? NEWS_EMAIL_PRIORITY : 0;
}
