import { handleScimRequest } from "@/lib/scim/handler";

// The SCIM 2.0 service provider (RFC 7644) for identity providers: Entra ID, Okta (docs/scim.md). One route
// for every endpoint, so that /Users and /users alike reach it; lib/scim/handler.ts authenticates (the
// organisation's bearer token) and dispatches.
type Context = { params: Promise<{ path?: string[] }> };

async function handle(request: Request, context: Context): Promise<Response> {
  return handleScimRequest(request, (await context.params).path ?? []);
}

export const dynamic = "force-dynamic";

export async function GET(request: Request, context: Context) {
  return handle(request, context);
}
export async function POST(request: Request, context: Context) {
  return handle(request, context);
}
export async function PUT(request: Request, context: Context) {
  return handle(request, context);
}
export async function PATCH(request: Request, context: Context) {
  return handle(request, context);
}
export async function DELETE(request: Request, context: Context) {
  return handle(request, context);
}
