import { z } from "zod";
import { normalizeEmail } from "./email-address";
import { safeNextPath } from "./safe-redirect";

// Signing in and out, validated once at the boundary (lib/auth/action.ts). Messages are keys under
// "auth.signIn.errors".

/** Where to go after signing in: a path of our own origin, else the start page (never an error). */
const next = z.unknown().transform(safeNextPath);

/** The one address a magic link goes to, normalised strictly (SECURITY.md rule 6). */
export const magicLinkSchema = z.object({
  email: z.unknown().transform(normalizeEmail).pipe(z.string({ error: "errors.invalidEmail" })),
  next,
});

/** A single sign-on button: the provider is looked up among the configured ones. */
export const ssoSignInSchema = z.object({ provider: z.string().max(60).optional(), next });

export const signOutSchema = z.object({});
