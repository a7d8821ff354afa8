import type { TemplateName } from "./template-types";

/**
 * pg-boss fetches jobs by priority (highest first), then by age. A sign-in link expires in 15 minutes and
 * someone is waiting at the sign-in page for it: it goes ahead of any backlog of bulk mail (an import's
 * invitations, a morning's reminders), which keeps the default, 0.
 */
export const SIGN_IN_EMAIL_PRIORITY = 10;

const signInTemplates: ReadonlySet<TemplateName> = new Set<TemplateName>(["magic-link"]);

export function emailJobPriority(template: TemplateName): number {
  return signInTemplates.has(template) ? SIGN_IN_EMAIL_PRIORITY : 0;
}
