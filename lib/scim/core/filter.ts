import { ScimError, viaLibrary } from "./errors";
import { scimmy } from "./library";

/** What a Users filter may compare: the attributes identity providers match people on (RFC 7644 §3.4.2.2). */
export type UserFilterAttribute = "userName" | "externalId" | "id" | "email";
export type UserFilterTerm = { attribute: UserFilterAttribute; value: string };
/** Alternatives ("or") of terms that must all hold ("and"). */
export type UserFilter = UserFilterTerm[][];

export const FILTER_MAX_LENGTH = 1_000;

const SUPPORTED = 'Supported filters: userName eq "…", externalId eq "…", id eq "…", emails[type eq "work"].value eq "…" (or emails.value), joined with and/or.';

/**
 * Reads a `filter` query with scimmy's parser, then keeps it to the comparisons Kring can answer from its
 * indexes: `eq` on userName, externalId, id and the work email. Entra ID and Okta send only these (Entra
 * "eq" and "and"; Okta "eq"); anything else is a 400 invalidFilter, as RFC 7644 §3.4.2.2 allows for an
 * attribute and operator combination a service provider does not support. Attribute names are matched
 * without regard to case (RFC 7643 §2.1).
 */
export function parseUserFilter(text: string): UserFilter {
  if (text.trim() === "") throw new ScimError(400, "invalidFilter", "The filter is empty.");
  if (text.length > FILTER_MAX_LENGTH) throw new ScimError(400, "invalidFilter", `The filter is longer than ${FILTER_MAX_LENGTH} characters.`);
  // scimmy lets a dangling logical operator pass ('userName eq "a" and'); it is half a filter.
  if (/(^|[\s)])(and|or|not)\s*$/i.test(text)) throw new ScimError(400, "invalidFilter", "The filter ends with a logical operator.");
  const { Types } = scimmy();
  const parsed = viaLibrary(() => new Types.Filter(text));
  if (parsed.length === 0) throw new ScimError(400, "invalidFilter", "The filter compares nothing.");
  return parsed.map((branch) => termsOf(branch as unknown as Record<string, unknown>));
}

function termsOf(branch: Record<string, unknown>): UserFilterTerm[] {
  const terms: UserFilterTerm[] = [];
  for (const [key, expression] of Object.entries(branch)) {
    const name = key.toLowerCase();
    if (name === "username" || name === "externalid" || name === "id") {
      terms.push({ attribute: name === "username" ? "userName" : name === "externalid" ? "externalId" : "id", value: equalityValue(expression) });
    } else if (name === "emails") {
      terms.push(emailTerm(expression));
    } else {
      throw new ScimError(400, "invalidFilter", `Filtering on '${key}' is not supported. ${SUPPORTED}`);
    }
  }
  return terms;
}

/** `emails.value eq "x"`, or `emails[type eq "work"].value eq "x"`: Kring keeps one address, the work one. */
function emailTerm(expression: unknown): UserFilterTerm {
  if (!isPlainObject(expression)) throw new ScimError(400, "invalidFilter", `Filtering on 'emails' needs a sub-attribute. ${SUPPORTED}`);
  let value: string | null = null;
  for (const [key, sub] of Object.entries(expression)) {
    const name = key.toLowerCase();
    if (name === "value") value = equalityValue(sub);
    else if (name === "type") {
      if (equalityValue(sub).toLowerCase() !== "work") throw new ScimError(400, "invalidFilter", 'Kring keeps one address per person, of type "work".');
    } else throw new ScimError(400, "invalidFilter", `Filtering on 'emails.${key}' is not supported. ${SUPPORTED}`);
  }
  if (value === null) throw new ScimError(400, "invalidFilter", `Filtering on 'emails' needs 'value eq'. ${SUPPORTED}`);
  return { attribute: "email", value };
}

/** scimmy gives a comparison as [operator, value] ("not" comes first when negated). */
function equalityValue(expression: unknown): string {
  if (!Array.isArray(expression) || expression.length !== 2 || typeof expression[0] !== "string") {
    throw new ScimError(400, "invalidFilter", `Only 'eq' with a value is supported. ${SUPPORTED}`);
  }
  const [operator, value] = expression as [string, unknown];
  if (operator.toLowerCase() !== "eq") throw new ScimError(400, "invalidFilter", `The operator '${operator}' is not supported. ${SUPPORTED}`);
  if (typeof value !== "string") throw new ScimError(400, "invalidFilter", "Compare with a string in double quotes.");
  // A control character (a NUL most of all) is no name or address, and PostgreSQL refuses it in a query.
  if (/[\u0000-\u001f\u007f]/.test(value)) throw new ScimError(400, "invalidFilter", "The value contains a control character.");
  return value;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
