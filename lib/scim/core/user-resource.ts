import type SCIMMY from "scimmy";
import { ScimError, viaLibrary, viaLibraryAsync } from "./errors";
import { ENTERPRISE_SCHEMA, scimmy, USER_SCHEMA } from "./library";
import { normalizePatchBody, normalizeUserBody } from "./quirks";

/** SCIM's name sub-attributes as the identity provider sent them (the same shape as the memberships column). */
export type NameParts = { formatted?: string; givenName?: string; familyName?: string; middleName?: string };

/** A membership as SCIM sees it: what Kring keeps of a person, and whether they may sign in. */
export type ScimMember = {
  id: string;
  email: string;
  name: string;
  jobTitle: string | null;
  department: string | null;
  managerMembershipId: string | null;
  externalId: string | null;
  /** Null for a member who was never provisioned: the address stands in (RFC 7643 requires a userName). */
  scimUserName: string | null;
  scimName: NameParts | null;
  active: boolean;
  createdAt: Date;
  updatedAt: Date;
};

/**
 * What a SCIM User resource sets on a membership, before the domain's own checks (lengths, the address,
 * the manager's existence). `managerRef` is the enterprise extension's `manager.value` as sent: Kring's id
 * of the manager (what Entra ID sends, having read it from our answers), or their externalId (what an
 * Okta mapping may send); lib/scim resolves it.
 */
export type ScimUserFields = {
  userName: string;
  email: string | null;
  name: string;
  scimName: NameParts | null;
  jobTitle: string | null;
  department: string | null;
  managerRef: string | null;
  externalId: string | null;
  active: boolean;
};

type UserInstance = SCIMMY.Schemas.User;
type Json = Record<string, unknown>;

/**
 * The User resource of a membership (RFC 7643 §4.1 and §4.3). Written directly: it is Kring's own data,
 * and a list of 200 people goes out many times faster than through scimmy's schema instances, which are
 * there to check what comes in. Only when a request names `attributes` or `excludedAttributes` does
 * scimmy write it, to apply them.
 */
export function userResourceOf(member: ScimMember, location: string, attributes?: SCIMMY.Types.Filter): Json {
  const data = userDataOf(member, location);
  if (!attributes) return data;
  const { Schemas } = scimmy();
  const resource = plain(viaLibrary(() => new Schemas.User(data, "out", undefined, attributes)));
  // RFC 7643 §3: every representation names its schemas, however few attributes were asked for.
  if (!Array.isArray(resource.schemas)) return { schemas: data.schemas, ...resource };
  return resource;
}

function userDataOf(member: ScimMember, location: string): Json {
  const enterprise: Json = {};
  if (member.department) enterprise.department = member.department;
  if (member.managerMembershipId) enterprise.manager = { value: member.managerMembershipId };
  const hasEnterprise = Object.keys(enterprise).length > 0;
  return {
    schemas: hasEnterprise ? [USER_SCHEMA, ENTERPRISE_SCHEMA] : [USER_SCHEMA],
    id: member.id,
    ...(member.externalId ? { externalId: member.externalId } : {}),
    meta: { resourceType: "User", created: member.createdAt.toISOString(), lastModified: member.updatedAt.toISOString(), location },
    userName: member.scimUserName ?? member.email,
    name: member.scimName && Object.keys(member.scimName).length > 0 ? { ...member.scimName } : { formatted: member.name },
    displayName: member.name,
    ...(member.jobTitle ? { title: member.jobTitle } : {}),
    active: member.active,
    emails: [{ value: member.email, type: "work", primary: true }],
    ...(hasEnterprise ? { [ENTERPRISE_SCHEMA]: enterprise } : {}),
  };
}

/** A POST or PUT body, read and checked by scimmy's User schema (with the enterprise extension). */
export function userFieldsFromBody(body: unknown): ScimUserFields {
  if (typeof body !== "object" || body === null || Array.isArray(body)) throw new ScimError(400, "invalidSyntax", "The request body must be a User object.");
  const { Schemas } = scimmy();
  const user = viaLibrary(() => new Schemas.User(normalizeUserBody(body) as Json, "in"));
  return fieldsOf(plain(user), true);
}

/**
 * A PatchOp applied by scimmy to the member's current resource. Returns the fields after the patch, or
 * null when the operations change nothing (so that nothing is written).
 */
export async function patchedUserFields(member: ScimMember, location: string, body: unknown): Promise<ScimUserFields | null> {
  if (typeof body !== "object" || body === null || Array.isArray(body)) throw new ScimError(400, "invalidSyntax", "The request body must be a PatchOp message.");
  const { Schemas, Messages } = scimmy();
  const data = userDataOf(member, location);
  const current: UserInstance = viaLibrary(() => new Schemas.User(data, "out"));
  const message = viaLibrary(() => new Messages.PatchOp(normalizePatchBody(body, plain(current)) as ConstructorParameters<typeof Messages.PatchOp>[0]));
  const patched = await viaLibraryAsync(() => message.apply(current));
  if (!patched) return null;
  return fieldsOf(plain(patched as UserInstance), false);
}

function fieldsOf(user: Json, activeByDefault: boolean): ScimUserFields {
  const userName = typeof user.userName === "string" ? user.userName.trim() : "";
  if (userName === "") throw new ScimError(400, "invalidValue", "userName is required.");
  const name = isObject(user.name) ? (user.name as NameParts) : null;
  const scimName = name ? pick(name, ["formatted", "givenName", "familyName", "middleName"]) : null;
  const joined = [scimName?.givenName, scimName?.middleName, scimName?.familyName].filter((part) => part && part.trim()).join(" ");
  const displayName = [user.displayName, scimName?.formatted, joined, userName].find((text): text is string => typeof text === "string" && text.trim() !== "")!;
  const enterprise = isObject(user[ENTERPRISE_SCHEMA]) ? (user[ENTERPRISE_SCHEMA] as Json) : {};
  const manager = isObject(enterprise.manager) ? (enterprise.manager as Json).value : undefined;
  return {
    userName,
    email: workEmailOf(user.emails),
    name: displayName.trim(),
    scimName: scimName && Object.keys(scimName).length > 0 ? scimName : null,
    jobTitle: textOrNull(user.title),
    department: textOrNull(enterprise.department),
    managerRef: textOrNull(manager),
    externalId: textOrNull(user.externalId),
    active: typeof user.active === "boolean" ? user.active : activeByDefault,
  };
}

/** The work address, else the primary one, else the first: Kring keeps one address per person. */
function workEmailOf(emails: unknown): string | null {
  if (!Array.isArray(emails)) return null;
  const entries = emails.filter((e): e is { value: string; type?: string; primary?: boolean } => isObject(e) && typeof e.value === "string" && e.value.trim() !== "");
  const chosen = entries.find((e) => e.type?.toLowerCase() === "work") ?? entries.find((e) => e.primary === true) ?? entries[0];
  return chosen ? chosen.value.trim() : null;
}

function textOrNull(value: unknown): string | null {
  return typeof value === "string" && value.trim() !== "" ? value.trim() : null;
}

function pick(source: NameParts, keys: (keyof NameParts)[]): NameParts {
  const out: NameParts = {};
  for (const key of keys) {
    const value = source[key];
    if (typeof value === "string" && value.trim() !== "") out[key] = value.trim();
  }
  return out;
}

/** A scimmy resource as the JSON it writes (its toJSON leaves out what is empty or not to be returned). */
function plain(instance: UserInstance): Json {
  return (instance as unknown as { toJSON(): Json }).toJSON();
}

function isObject(value: unknown): value is Json {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
