import { handleScimRequest } from "@/lib/scim/handler";

// The SCIM 2.0 service provider (RFC 7644) for identity providers: Entra ID, Okta. One route for every
// endpoint, so that /Users and /users alike reach it; lib/scim/handler.ts authenticates and dispatches.
type Context = { params: Promise<{ path?: string[] }> };

async function handle(request: Request, context: Context): Promise<Response> {
  return handleScimRequest(request, (await context.params).path ?? []);
}

export const dynamic = "force-dynamic";
export { handle as GET, handle as POST, handle as PUT, handle as PATCH, handle as DELETE };
