import "server-only";
import type SCIMMY from "scimmy";
import { isTransientConflict, isUniqueViolation } from "@/db/errors";
import { hitRateLimits } from "@/lib/auth/rate-limit";
import { appLink } from "@/lib/env";
import { logFailure } from "@/lib/logging/log-failure";
import { noteOrganization } from "@/lib/ops/request-context";
import { resourceTypes, schemas, serviceProviderConfig } from "./core/discovery";
import { isScimError, ScimError, scimErrorBody, viaLibrary } from "./core/errors";
import { parseUserFilter } from "./core/filter";
import { DEFAULT_COUNT, LIST_SCHEMA, MAX_RESULTS, scimmy } from "./core/library";
import { patchedUserFields, userFieldsFromBody, userResourceOf, type ScimMember } from "./core/user-resource";
import { authenticateScimToken } from "./tokens";
import { getScimUser, inScimTenant, listScimUsers, type ScimScope } from "./user-rows";
import { createScimUser, deleteScimUser, patchScimUser, replaceScimUser } from "./users";

/**
 * Requests per minute one token may make. Entra ID's provisioning service and Okta send a few per second
 * (a first sync of 1,000 people is some 3,000 requests); this stops a leaked or runaway token, not them.
 */
export const SCIM_REQUESTS_PER_MINUTE = 6_000;
/** A provisioning request is a few kilobytes; anything near this is not one. */
const BODY_LIMIT_BYTES = 1024 * 1024;

const headers = { "Content-Type": "application/scim+json; charset=utf-8", "Cache-Control": "no-store" };

function scimResponse(status: number, body: unknown, extra: Record<string, string> = {}): Response {
  if (status === 204) return new Response(null, { status, headers: { "Cache-Control": "no-store", ...extra } });
  return new Response(JSON.stringify(body), { status, headers: { ...headers, ...extra } });
}

function errorResponse(error: ScimError): Response {
  return scimResponse(error.status, scimErrorBody(error), error.headers);
}

/**
 * The SCIM 2.0 service provider at /scim/v2 (RFC 7644), for one organisation per bearer token. Every answer
 * is SCIM: a resource, a ListResponse, or an Error message with status and scimType. A malformed request is
 * a 4xx that says what is wrong; only a fault of Kring's own is a 500, logged with ids and never the body.
 */
export async function handleScimRequest(request: Request, segments: string[]): Promise<Response> {
  let caller: ScimScope | null = null;
  try {
    caller = await authenticate(request);
    // The request's log line names the organisation it provisioned (lib/ops/request-log-hook.ts).
    noteOrganization(caller.organizationId);
    if (!(await hitRateLimits([{ key: `scim:${caller.tokenId}`, limit: SCIM_REQUESTS_PER_MINUTE, windowSeconds: 60 }]))) {
      throw new ScimError(429, null, "Too many requests for this token; slow down.", { "Retry-After": "60" });
    }
    return await route(request, caller, segments);
  } catch (error) {
    if (isScimError(error)) return errorResponse(error);
    // Two requests provisioning the same userName or address at once: the second meets the unique index.
    if (isUniqueViolation(error)) return errorResponse(new ScimError(409, "uniqueness", "A user with this userName or address already exists."));
    // Undone by PostgreSQL for another transaction's sake: nothing was written, and sending it again works.
    if (isTransientConflict(error)) return errorResponse(new ScimError(503, null, "Kring was busy with the same people; send the request again.", { "Retry-After": "1" }));
    const incident = logFailure("scim request failed", error, { organization: caller?.organizationId, token: caller?.tokenId, method: request.method });
    return errorResponse(new ScimError(500, null, `Kring could not handle this request (incident ${incident}).`));
  }
}

async function authenticate(request: Request): Promise<ScimScope> {
  const header = request.headers.get("authorization") ?? "";
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  const caller = match ? await authenticateScimToken(match[1]) : null;
  if (!caller) throw new ScimError(401, null, "A valid SCIM bearer token is required (Organisation settings in Kring).", { "WWW-Authenticate": 'Bearer realm="kring-scim"' });
  return caller;
}

type Method = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

async function route(request: Request, scope: ScimScope, segments: string[]): Promise<Response> {
  const method = request.method.toUpperCase() as Method;
  const [resource = "", id, ...rest] = segments;
  const base = appLink("/scim/v2");
  const only = (allowed: Method[]) => {
    if (!allowed.includes(method)) throw new ScimError(405, null, `${method} is not supported here.`, { Allow: allowed.join(", ") });
  };
  if (rest.length > 0) throw new ScimError(404, null, "No such endpoint.");
  switch (resource.toLowerCase()) {
    case "serviceproviderconfig":
      only(["GET"]);
      if (id !== undefined) throw new ScimError(404, null, "No such endpoint.");
      return scimResponse(200, await serviceProviderConfig());
    case "resourcetypes":
      only(["GET"]);
      return scimResponse(200, await resourceTypes(base, id));
    case "schemas":
      only(["GET"]);
      return scimResponse(200, await schemas(id));
    case "users":
      return id === undefined ? users(request, scope, method, base) : user(request, scope, method, base, id);
    case "groups":
      // Kring maps departments from the enterprise extension, not from groups (docs/scim.md): an empty list
      // lets a connection test pass, anything else says that groups are not provisioned here.
      if (method === "GET" && id === undefined) return scimResponse(200, listResponse([], 0, 1));
      throw new ScimError(501, null, "Groups are not supported: Kring takes a user's department from the enterprise extension. Turn off group provisioning for this application.");
    case "bulk":
      throw new ScimError(501, null, "Bulk operations are not supported.");
    default:
      throw new ScimError(404, null, "No such endpoint.");
  }
}

async function users(request: Request, scope: ScimScope, method: Method, base: string): Promise<Response> {
  if (method === "GET") {
    const query = new URL(request.url).searchParams;
    const filterText = query.get("filter");
    const filter = filterText === null ? null : parseUserFilter(filterText);
    const startIndex = Math.max(1, integerParameter(query, "startIndex") ?? 1);
    const count = Math.min(MAX_RESULTS, Math.max(0, integerParameter(query, "count") ?? DEFAULT_COUNT));
    const attributes = attributesOf(query);
    const page = await inScimTenant(scope, (run) => listScimUsers(run, { filter, startIndex, count }));
    return scimResponse(200, listResponse(page.members.map((m) => resourceOf(m, base, attributes)), page.total, startIndex));
  }
  if (method === "POST") {
    const fields = userFieldsFromBody(await readJson(request));
    const created = await inScimTenant(scope, (run) => createScimUser(run, fields));
    const resource = resourceOf(created, base);
    return scimResponse(201, resource, { Location: locationOf(base, created.id) });
  }
  throw new ScimError(405, null, `${method} is not supported on /Users.`, { Allow: "GET, POST" });
}

async function user(request: Request, scope: ScimScope, method: Method, base: string, id: string): Promise<Response> {
  const attributes = attributesOf(new URL(request.url).searchParams);
  switch (method) {
    case "GET":
      return scimResponse(200, resourceOf(await inScimTenant(scope, (run) => getScimUser(run, id)), base, attributes));
    case "PUT": {
      const fields = userFieldsFromBody(await readJson(request));
      return scimResponse(200, resourceOf(await inScimTenant(scope, (run) => replaceScimUser(run, id, fields)), base, attributes));
    }
    case "PATCH": {
      const body = await readJson(request);
      const patched = await inScimTenant(scope, (run) => patchScimUser(run, id, (member) => patchedUserFields(member, locationOf(base, member.id), body)));
      return scimResponse(200, resourceOf(patched, base, attributes));
    }
    case "DELETE":
      await inScimTenant(scope, (run) => deleteScimUser(run, id));
      return scimResponse(204, null);
    default:
      throw new ScimError(405, null, `${method} is not supported on a user.`, { Allow: "GET, PUT, PATCH, DELETE" });
  }
}

function locationOf(base: string, id: string): string {
  return `${base}/Users/${id}`;
}

function resourceOf(member: ScimMember, base: string, attributes?: SCIMMY.Types.Filter): Record<string, unknown> {
  return userResourceOf(member, locationOf(base, member.id), attributes);
}

function listResponse(resources: unknown[], total: number, startIndex: number) {
  return { schemas: [LIST_SCHEMA], totalResults: total, startIndex, itemsPerPage: resources.length, Resources: resources };
}

/** startIndex and count: integers (RFC 7644 §3.4.2.4); anything else is a 400, not a silent default. */
function integerParameter(query: URLSearchParams, name: string): number | null {
  const text = query.get(name);
  if (text === null || text.trim() === "") return null;
  if (!/^-?\d{1,9}$/.test(text.trim())) throw new ScimError(400, "invalidValue", `${name} must be an integer.`);
  return Number(text);
}

/** `attributes` / `excludedAttributes` (RFC 7644 §3.9), read by scimmy's resource parameters. */
function attributesOf(query: URLSearchParams): SCIMMY.Types.Filter | undefined {
  const params: Record<string, string> = {};
  for (const name of ["attributes", "excludedAttributes"]) {
    const value = query.get(name);
    if (value !== null) params[name] = value;
  }
  if (Object.keys(params).length === 0) return undefined;
  const { Resources } = scimmy();
  return viaLibrary(() => new Resources.User(undefined, params)).attributes;
}

async function readJson(request: Request): Promise<unknown> {
  const declared = Number(request.headers.get("content-length") ?? 0);
  if (declared > BODY_LIMIT_BYTES) throw new ScimError(413, null, "The request body is too large.");
  const text = await request.text();
  if (Buffer.byteLength(text) > BODY_LIMIT_BYTES) throw new ScimError(413, null, "The request body is too large.");
  if (text.trim() === "") throw new ScimError(400, "invalidSyntax", "The request has no body.");
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new ScimError(400, "invalidSyntax", "The request body is not valid JSON.");
  }
}
