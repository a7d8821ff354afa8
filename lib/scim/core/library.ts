import SCIMMY from "scimmy";

export const USER_SCHEMA = "urn:ietf:params:scim:schemas:core:2.0:User";
export const ENTERPRISE_SCHEMA = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";
export const LIST_SCHEMA = "urn:ietf:params:scim:api:messages:2.0:ListResponse";
export const PATCH_SCHEMA = "urn:ietf:params:scim:api:messages:2.0:PatchOp";

/** The most resources one list answer holds (ServiceProviderConfig says so; Okta pages by 100). */
export const MAX_RESULTS = 200;
export const DEFAULT_COUNT = 100;

/**
 * scimmy keeps its configuration in module-level singletons. Set them up once per loaded copy of the
 * library (Next.js may load a module in several bundles), the same way each time: the User resource with
 * the enterprise extension (department, manager), PATCH and filtering on, bulk, sort, etag and password
 * changes off, a bearer token as the one way in. Groups are not declared (docs/scim.md says why).
 */
export function scimmy(): typeof SCIMMY {
  const { Schemas, Resources, Config } = SCIMMY;
  if (!Schemas.User.definition.attributes.some((attribute) => "id" in attribute && attribute.id === ENTERPRISE_SCHEMA)) {
    Schemas.User.definition.extend(Schemas.EnterpriseUser.definition);
  }
  Resources.declare(Resources.User);
  Config.set({
    patch: true,
    filter: { supported: true, maxResults: MAX_RESULTS },
    bulk: false,
    changePassword: false,
    sort: false,
    etag: false,
    authenticationSchemes: [
      {
        type: "oauthbearertoken",
        name: "OAuth Bearer Token",
        description: "The organisation's SCIM token from Kring's organisation settings, as 'Authorization: Bearer <token>'.",
        specUri: "https://www.rfc-editor.org/info/rfc6750",
        primary: true,
      },
    ],
  });
  return SCIMMY;
}
