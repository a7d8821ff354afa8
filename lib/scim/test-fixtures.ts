import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { memberships, type Membership } from "@/db/schema";
import { createTestOrganization, type TestOrganization } from "@/lib/members/test-helpers";
import { handleScimRequest } from "./handler";
import { issueScimToken } from "./tokens";

// For the SCIM tests: an organisation with an admin and a live SCIM token, and a client that sends requests
// the way an identity provider does (JSON bodies, the bearer token, /scim/v2 paths) to the same handler the
// route calls, and reads the answers.

export const ENTERPRISE = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";
export const USER = "urn:ietf:params:scim:schemas:core:2.0:User";
export const PATCH_OP = "urn:ietf:params:scim:api:messages:2.0:PatchOp";
export const ERROR = "urn:ietf:params:scim:api:messages:2.0:Error";

export type ScimAnswer = { status: number; body: Record<string, unknown>; headers: Headers };
export type ScimClient = {
  request: (method: string, path: string, options?: { body?: unknown; raw?: string; headers?: Record<string, string> }) => Promise<ScimAnswer>;
  get: (path: string) => Promise<ScimAnswer>;
  post: (path: string, body: unknown) => Promise<ScimAnswer>;
  put: (path: string, body: unknown) => Promise<ScimAnswer>;
  patch: (path: string, body: unknown) => Promise<ScimAnswer>;
  delete: (path: string) => Promise<ScimAnswer>;
};

/** `path` as an identity provider writes it after the base URL: "/Users?filter=userName eq \"x\"". */
export function scimRequest(path: string, init: RequestInit = {}): { request: Request; segments: string[] } {
  const url = new URL(`http://localhost:3000/scim/v2${path}`);
  const segments = url.pathname.split("/").slice(3).filter(Boolean).map(decodeURIComponent);
  return { request: new Request(url, init), segments };
}

export function scimClient(token: string | null): ScimClient {
  const request: ScimClient["request"] = async (method, path, options = {}) => {
    const headers: Record<string, string> = { Accept: "application/scim+json", "User-Agent": "Kring SCIM test", ...options.headers };
    if (token !== null) headers.Authorization = `Bearer ${token}`;
    const text = options.raw ?? (options.body === undefined ? undefined : JSON.stringify(options.body));
    if (text !== undefined) headers["Content-Type"] = "application/scim+json";
    const built = scimRequest(path, { method, headers, body: text });
    const response = await handleScimRequest(built.request, built.segments);
    const body = response.status === 204 ? {} : ((await response.json()) as Record<string, unknown>);
    return { status: response.status, body, headers: response.headers };
  };
  return {
    request,
    get: (path) => request("GET", path),
    post: (path, body) => request("POST", path, { body }),
    put: (path, body) => request("PUT", path, { body }),
    patch: (path, body) => request("PATCH", path, { body }),
    delete: (path) => request("DELETE", path),
  };
}

export type ScimWorld = { org: TestOrganization; token: string; tokenId: string; client: ScimClient };

/** An organisation whose admin has created a SCIM token in the settings. */
export async function createScimWorld(name = "SCIM org"): Promise<ScimWorld> {
  const org = await createTestOrganization(name);
  const { token, status } = await issueScimToken(org.admin.scope, { replacesTokenId: null });
  return { org, token, tokenId: status.id, client: scimClient(token) };
}

export function filterPath(filter: string, extra = ""): string {
  return `/Users?filter=${encodeURIComponent(filter)}${extra}`;
}

export async function membershipRow(id: string): Promise<Membership | undefined> {
  const [row] = await getDb().select().from(memberships).where(eq(memberships.id, id));
  return row;
}
