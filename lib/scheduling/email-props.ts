import { z } from "zod";
import { isSupportedTimeZone } from "@/lib/profiles/time-zones";

// What a session email stores in email_messages.props. The worker re-reads it to render the body and to
// build the .ics attachments, so it carries everything both need and nothing else (no case content).

const webUrl = z.url({ protocol: /^https?$/ });
const instant = z.iso.datetime({ offset: true });
const person = z.object({ name: z.string().min(1).max(200), email: z.email() });

export const emailSessionSchema = z.object({
  uid: z.string().min(1).max(200),
  sequence: z.int().min(0),
  startsAt: instant,
  endsAt: instant,
});

export const sessionEmailPropsSchema = z.object({
  /** The session page: the button of every session email. */
  url: webUrl,
  title: z.string().min(1).max(200),
  organizationName: z.string().min(1),
  /** The recipient's own zone: every time in the body is shown on their clock. */
  timeZone: z.string().refine(isSupportedTimeZone),
  /** The organisation's zone: the recipient's zone is named only when it differs (README, "Times"). Older emails lack it. */
  organizationTimeZone: z.string().refine(isSupportedTimeZone).optional(),
  /** "pair": a mentoring pair's meeting, worded as theirs; older emails lack it and read as a series. */
  occasion: z.enum(["pair", "series"]).optional(),
  organizer: person,
  attendees: z.array(person).max(50),
  place: z.string().max(300).nullable(),
  videoUrl: webUrl.nullable(),
  /** When the change was made: the DTSTAMP of the attachments, so a re-render gives the same file. */
  stampedAt: instant,
  sessions: z.array(emailSessionSchema).min(1).max(52),
});

export type SessionEmailProps = z.infer<typeof sessionEmailPropsSchema>;
export type EmailSession = z.infer<typeof emailSessionSchema>;
