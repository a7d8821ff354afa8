import { z } from "zod";
import { normalizeEmail } from "@/lib/auth/email-address";
import { NAME_MAX } from "@/lib/members/schemas";
import { TEXT_MAX } from "@/lib/profiles/schemas";
import { singleLineText } from "@/lib/validation/text";
import { ENTERPRISE_SCHEMA } from "./core/library";
import { ScimError } from "./core/errors";
import type { ScimUserFields } from "./core/user-resource";

// What Kring keeps of a provisioned person, checked with the same limits as the invite form and the profile
// (so that a member can save their profile after provisioning set it). A refusal is a SCIM 400 invalidValue
// naming the attribute, never its value.

const USER_NAME_MAX = 254;
const EXTERNAL_ID_MAX = 255;

const optionalText = (max: number) => singleLineText().max(max, "tooLong").nullable();
const namePart = singleLineText().max(NAME_MAX, "tooLong").optional();

export const scimMemberSchema = z.object({
  userName: singleLineText().min(1, "required").max(USER_NAME_MAX, "tooLong"),
  email: z.string().nullable(),
  name: singleLineText().min(1, "required").max(NAME_MAX, "tooLong"),
  scimName: z.object({ formatted: namePart, givenName: namePart, familyName: namePart, middleName: namePart }).nullable(),
  jobTitle: optionalText(TEXT_MAX),
  department: optionalText(TEXT_MAX),
  managerRef: optionalText(EXTERNAL_ID_MAX),
  externalId: optionalText(EXTERNAL_ID_MAX),
  active: z.boolean(),
});

export type ScimMemberInput = Omit<z.infer<typeof scimMemberSchema>, "email"> & { email: string };

/** The SCIM attribute behind each field, for the error's detail. */
const attributeOf: Record<string, string> = {
  userName: "userName",
  email: 'emails[type eq "work"].value',
  name: "displayName",
  scimName: "name",
  jobTitle: "title",
  department: `${ENTERPRISE_SCHEMA}:department`,
  managerRef: `${ENTERPRISE_SCHEMA}:manager`,
  externalId: "externalId",
};

const problemOf: Record<string, string> = {
  required: "is required",
  tooLong: "is too long",
  controlCharacters: "holds a control character",
};

/**
 * The fields as Kring will store them, or a 400: the address is the work email, else the userName when it
 * is an address itself (Okta's userName is the login address; Entra's is the user principal name).
 */
export function checkScimMember(fields: ScimUserFields): ScimMemberInput {
  const parsed = scimMemberSchema.safeParse(fields);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = String(issue.path[0] ?? "");
    const key = issue.message.startsWith("errors.") ? issue.message.slice(7) : issue.message;
    throw new ScimError(400, "invalidValue", `${attributeOf[field] ?? field} ${problemOf[key] ?? "is not valid"}.`);
  }
  const email = parsed.data.email === null ? normalizeEmail(parsed.data.userName) : normalizeEmail(parsed.data.email);
  if (!email) {
    throw new ScimError(400, "invalidValue", parsed.data.email === null ? 'An email address is required: emails[type eq "work"].value, or a userName that is an address.' : 'emails[type eq "work"].value is not a valid email address.');
  }
  return { ...parsed.data, email };
}

/**
 * The settings section's one form: make the first token, make a new one in place of the token the admin
 * sees (it stops working), or stop it. The token's id makes a double click or a stale page a conflict
 * instead of a second change.
 */
export const manageScimTokenSchema = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("create") }),
  z.object({ intent: z.literal("rotate"), tokenId: z.uuid() }),
  z.object({ intent: z.literal("revoke"), tokenId: z.uuid() }),
]);

export type ManageScimTokenInput = z.infer<typeof manageScimTokenSchema>;
