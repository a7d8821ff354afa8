import { ScimError, viaLibraryAsync } from "./errors";
import { scimmy } from "./library";

type Json = Record<string, unknown>;

// The three discovery endpoints of RFC 7644 §4, written by scimmy from its configuration (lib/scim/core/
// library.ts), so that what they describe is what the same library enforces on requests.

export async function serviceProviderConfig(): Promise<Json> {
  const { Resources } = scimmy();
  return json(await viaLibraryAsync(() => new Resources.ServiceProviderConfig().read()));
}

/** All resource types, or the one named by `id` (404 for another, such as Group). */
export async function resourceTypes(baseUrl: string, id?: string): Promise<Json> {
  const { Resources } = scimmy();
  Resources.User.basepath(baseUrl);
  if (id !== undefined && id.toLowerCase() !== "user") throw new ScimError(404, null, `Resource type ${id} not found`);
  return json(await viaLibraryAsync(() => new Resources.ResourceType(id === undefined ? undefined : "User").read()));
}

/** All schemas (User and the enterprise extension), or the one with this URN. */
export async function schemas(id?: string): Promise<Json> {
  const { Resources } = scimmy();
  return json(await viaLibraryAsync(() => new Resources.Schema(id).read()));
}

function json(value: unknown): Json {
  return JSON.parse(JSON.stringify(value)) as Json;
}
