import { authTemplates } from "@/lib/auth/email-templates";
import { chatTemplates } from "@/lib/chat/email-templates";
import { codevGroupTemplates } from "@/lib/codevelopment/groups/email-templates";
import { codevTemplates } from "@/lib/codevelopment/notices/email-templates";
import { conversationTemplates } from "@/lib/conversations/email-templates";
import { createRenderer } from "@/lib/email/render";
import type { TemplateName, TemplateRegistry } from "@/lib/email/template-types";
import { insightsTemplates } from "@/lib/insights/email-template";
import { membersTemplates } from "@/lib/members/email-templates";
import { mentoringTemplates } from "@/lib/mentoring/email-template";
import { pairTemplates } from "@/lib/mentoring/pair/email-templates";
import { sessionTemplates } from "@/lib/scheduling/email-templates";
import { tracksTemplates } from "@/lib/tracks/email-template";

// The composition root of the email templates: the one module that imports every domain's templates.
// Nothing in a domain imports it; the worker's send-email handler and the tests render through it. Adding a
// template: its domain declares the props (TemplatePropsMap) and exports it in a map spread in here; the
// type below makes a forgotten spread a type error.

export const emailTemplates: TemplateRegistry = {
  // magic-link
  ...authTemplates,
  // invitation
  ...membersTemplates,
  // session-invitation, session-update, session-cancelled, session-reminder
  ...sessionTemplates,
  // match-request, match-accepted, match-reminder, match-rematched, …
  ...mentoringTemplates,
  // match-ended, goal-due, rematch-requested
  ...pairTemplates,
  // insights-digest
  ...insightsTemplates,
  // group-published, group-turn-swap
  ...codevGroupTemplates,
  // codev-case-prep, codev-case-ready, codev-case-late, codev-actions-reminder, codev-feedback
  ...codevTemplates,
  // conversation-planned, conversation-actions
  ...conversationTemplates,
  // track-step-overdue
  ...tracksTemplates,
  // programme-signup-open
  ...chatTemplates,
};

export const templateNames = Object.keys(emailTemplates) as TemplateName[];

export const { renderEmail, renderStoredEmail } = createRenderer(emailTemplates);
