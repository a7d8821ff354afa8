import { createElement } from "react";
import type { SessionEmailCopy, SessionEmailDetail } from "@/emails/components/session-email-body";
import SessionCancelledEmail from "@/emails/session-cancelled";
import SessionInvitationEmail from "@/emails/session-invitation";
import SessionReminderEmail from "@/emails/session-reminder";
import SessionUpdateEmail from "@/emails/session-update";
import type { EmailTranslator, TemplateDefinition, TemplateMap } from "@/lib/email/template-types";
import { commonCopy } from "@/lib/email/define-template";
import type { AppLocale } from "@/lib/i18n/config";
import { googleCalendarUrl, outlookCalendarUrl } from "@/lib/scheduling/time/calendar-links";
import { namedZone } from "@/lib/scheduling/time/viewer-time";
import { formatSessionWhen, sessionIcsAttachments } from "./email-format";
import { sessionEmailPropsSchema, type SessionEmailProps } from "./email-props";

// The four session emails of the registry (lib/registry/email-templates.ts spreads them in). They share one body;
// what differs is the wording (messages "emails.sessions.<kind>") and the calendar method attached.

type SessionEmailKind = "invitation" | "update" | "cancelled" | "reminder";

const components = { invitation: SessionInvitationEmail, update: SessionUpdateEmail, cancelled: SessionCancelledEmail, reminder: SessionReminderEmail };
const methods = { invitation: "REQUEST", update: "REQUEST", cancelled: "CANCEL", reminder: null } as const;


function details(t: EmailTranslator, props: SessionEmailProps): SessionEmailDetail[] {
  const out: SessionEmailDetail[] = [];
  if (props.place) out.push({ label: t("sessions.place"), value: props.place });
  if (props.videoUrl) out.push({ label: t("sessions.video"), value: props.videoUrl, href: props.videoUrl });
  if (props.attendees.length > 0) out.push({ label: t("sessions.with"), value: props.attendees.map((a) => a.name).join(", ") });
  return out;
}

/** A pair's meeting has its own wording ("Anouk Smit planned your mentoring meeting"); other series use their title. */
const wordingOf = (kind: SessionEmailKind, props: SessionEmailProps) => (props.occasion === "pair" ? `sessions.pair.${kind}` : `sessions.${kind}`);

function copyFor(kind: SessionEmailKind, t: EmailTranslator, props: SessionEmailProps, locale: AppLocale): SessionEmailCopy {
  const lines = props.sessions.map((s) => formatSessionWhen(s, locale, props.timeZone));
  const values = { title: props.title, organizer: props.organizer.name, count: props.sessions.length, when: lines[0] };
  const wording = wordingOf(kind, props);
  // The times rule (README): the recipient's clock, and the zone named when it is not the organisation's.
  const sameClock = props.organizationTimeZone !== undefined && namedZone({ timeZone: props.timeZone, organizationTimeZone: props.organizationTimeZone }) === null;
  const first = props.sessions[0];
  const linkEvent = { title: props.title, start: new Date(first.startsAt), end: new Date(first.endsAt), location: props.place ?? props.videoUrl ?? undefined, details: props.url };
  return {
    preview: lines[0],
    heading: t(`${wording}.heading`, values),
    intro: t(`${wording}.intro`, values),
    sessions: lines,
    timeZoneNote: sameClock ? null : t("sessions.timeZoneNote", { timeZone: props.timeZone }),
    details: details(t, props),
    button: t("sessions.button"),
    attachmentNote: kind === "reminder" ? null : t(`sessions.${kind}.attachmentNote`, values),
    // Fallback links for calendars that ignore the attachment: only for one session, because a link adds
    // one event and a series would need one per session.
    calendarLinks:
      kind !== "cancelled" && props.sessions.length === 1
        ? [
            { label: t("sessions.reminder.google"), href: googleCalendarUrl(linkEvent) },
            { label: t("sessions.reminder.outlook"), href: outlookCalendarUrl(linkEvent) },
          ]
        : [],
    common: commonCopy(t),
  };
}

function sessionTemplate(kind: SessionEmailKind): TemplateDefinition<SessionEmailProps> {
  return {
    schema: sessionEmailPropsSchema,
    compose(t, rawProps, locale) {
      const props = sessionEmailPropsSchema.parse(rawProps);
      const when = formatSessionWhen(props.sessions[0], locale, props.timeZone);
      const method = methods[kind];
      const description = t("sessions.icsDescription", { organizationName: props.organizationName, url: props.url });
      return {
        subject: t(`${wordingOf(kind, props)}.subject`, { title: props.title, when, count: props.sessions.length }),
        element: createElement(components[kind], { lang: locale, url: props.url, copy: copyFor(kind, t, props, locale) }),
        attachments: method ? sessionIcsAttachments(props, method, description) : [],
      };
    },
  };
}

/** The session templates' props, merged into the registry's TemplatePropsMap. */
export type SessionTemplatePropsMap = {
  "session-invitation": SessionEmailProps;
  "session-update": SessionEmailProps;
  "session-cancelled": SessionEmailProps;
  "session-reminder": SessionEmailProps;
};

declare module "@/lib/email/template-types" {
  interface TemplatePropsMap extends SessionTemplatePropsMap {}
}

export const sessionTemplates: TemplateMap<SessionTemplatePropsMap> = {
  "session-invitation": sessionTemplate("invitation"),
  "session-update": sessionTemplate("update"),
  "session-cancelled": sessionTemplate("cancelled"),
  "session-reminder": sessionTemplate("reminder"),
};
