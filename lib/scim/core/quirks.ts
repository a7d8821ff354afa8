import { ENTERPRISE_SCHEMA } from "./library";

// What identity providers send that the RFC does not say, made RFC-shaped before the library reads it.
// Each rule is one documented habit of Entra ID (see docs/scim.md); everything else goes to scimmy as sent.

type Json = unknown;
type Operation = { op?: unknown; path?: unknown; value?: unknown } & Record<string, unknown>;

const MANAGER_PATH = `${ENTERPRISE_SCHEMA}:manager`.toLowerCase();
/** The boolean attributes of the User schema that Entra may send as "True" / "False" strings. */
const BOOLEAN_LEAVES = new Set(["active", "primary"]);

/** "True" / "False" in any case, as Entra's PATCH sends `active` without the aadOptscim062020 flag. */
function booleanOf(value: Json): Json {
  if (typeof value !== "string") return value;
  const lower = value.trim().toLowerCase();
  return lower === "true" ? true : lower === "false" ? false : value;
}

/** The last attribute name of a path: `emails[type eq "work"].primary` → "primary"; `urn:…:User:manager` → "manager". */
function leafOf(path: string): string {
  const withoutFilters = path.replace(/\[[^\]]*\]/g, "");
  const afterUrn = withoutFilters.startsWith("urn:") ? withoutFilters.slice(withoutFilters.lastIndexOf(":") + 1) : withoutFilters;
  return (afterUrn.split(".").pop() ?? "").toLowerCase();
}

/** A POST or PUT body: string booleans become booleans (top-level `active`, and `primary` of multi-valued entries). */
export function normalizeUserBody(body: Json): Json {
  if (!isPlainObject(body)) return body;
  const out: Record<string, Json> = {};
  for (const [key, value] of Object.entries(body)) {
    if (BOOLEAN_LEAVES.has(key.toLowerCase())) out[key] = booleanOf(value);
    else if (Array.isArray(value)) out[key] = value.map((item) => (isPlainObject(item) ? normalizeUserBody(item) : item));
    else if (key.toLowerCase() === ENTERPRISE_SCHEMA.toLowerCase() && isPlainObject(value)) out[key] = normalizeEnterprise(value);
    else out[key] = value;
  }
  return out;
}

/** The enterprise extension's manager as a bare id ("manager": "123456", as Entra's own documentation shows it). */
function normalizeEnterprise(extension: Record<string, Json>): Record<string, Json> {
  const out = { ...extension };
  for (const key of Object.keys(out)) if (key.toLowerCase() === "manager") out[key] = managerValueOf(out[key]);
  return out;
}

function managerValueOf(value: Json): Json {
  if (typeof value === "string") return value.trim() === "" ? undefined : { value };
  if (isPlainObject(value) && typeof value.value === "string" && value.value.trim() === "") return undefined;
  return value;
}

/** `current` is the resource as Kring has it now: a filtered path that matches nothing becomes an add. */
export type CurrentResource = Record<string, Json>;

/**
 * A PatchOp body's operations, RFC-shaped:
 * - `active` (or `…primary`) given as "True" / "False" becomes a boolean, with a path or inside a value object;
 * - the manager given as a bare id (`"value": "<id>"`, Entra's request) becomes `{ value: "<id>" }`, and an
 *   empty one a `remove`;
 * - `add` or `replace` of `attr[type eq "x"].sub` when the person has no `attr` of that type yet becomes an
 *   `add` of `{ type: "x", sub: value }` (Entra adds a first mobile number this way; RFC 7644 would refuse
 *   it with noTarget, and the whole update would fail for an attribute Kring does not even keep).
 * Anything that is not an object with an Operations array is left for the library to refuse.
 */
export function normalizePatchBody(body: Json, current: CurrentResource): Json {
  if (!isPlainObject(body) || !Array.isArray(body.Operations)) return body;
  return { ...body, Operations: body.Operations.map((operation) => (isPlainObject(operation) ? normalizeOperation(operation as Operation, current) : operation)) };
}

function normalizeOperation(operation: Operation, current: CurrentResource): Operation {
  const op = typeof operation.op === "string" ? operation.op.toLowerCase() : operation.op;
  const { path } = operation;
  if (typeof path !== "string") {
    // No path: the value is an object of attribute (or path) → value, as Okta and Entra's flagged PATCH send.
    if (!isPlainObject(operation.value)) return operation;
    const value: Record<string, Json> = {};
    for (const [key, item] of Object.entries(operation.value)) {
      if (key.toLowerCase() === MANAGER_PATH) value[key] = managerValueOf(item);
      else if (BOOLEAN_LEAVES.has(leafOf(key))) value[key] = booleanOf(item);
      else if (key.toLowerCase() === ENTERPRISE_SCHEMA.toLowerCase() && isPlainObject(item)) value[key] = normalizeEnterprise(item);
      else value[key] = item;
    }
    for (const key of Object.keys(value)) if (value[key] === undefined) delete value[key];
    return { ...operation, value };
  }
  if (path.toLowerCase() === MANAGER_PATH && (op === "add" || op === "replace")) {
    const manager = managerValueOf(operation.value);
    return manager === undefined ? { op: "remove", path } : { ...operation, value: manager };
  }
  if (BOOLEAN_LEAVES.has(leafOf(path))) return { ...operation, value: booleanOf(operation.value) };
  if (op === "add" || op === "replace") return addWhenNoTarget(operation, path, current);
  return operation;
}

const TYPED_VALUE_PATH = /^([A-Za-z]+)\[\s*type\s+eq\s+"([^"]*)"\s*\]\.([A-Za-z]+)$/i;

function addWhenNoTarget(operation: Operation, path: string, current: CurrentResource): Operation {
  const match = TYPED_VALUE_PATH.exec(path.trim());
  if (!match) return operation;
  const [, attribute, type, sub] = match;
  const key = Object.keys(current).find((k) => k.toLowerCase() === attribute.toLowerCase());
  const existing = key ? current[key] : undefined;
  const found = Array.isArray(existing) && existing.some((item) => isPlainObject(item) && typeof item.type === "string" && item.type.toLowerCase() === type.toLowerCase());
  if (found) return operation;
  return { op: "add", path: attribute, value: [{ type, [sub]: operation.value }] };
}

function isPlainObject(value: unknown): value is Record<string, Json> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
