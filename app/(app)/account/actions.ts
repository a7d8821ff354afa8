"use server";

import { redirect } from "next/navigation";
import { cookies } from "next/headers";
import { getSessionContext } from "@/lib/auth/session";
import { eraseAccount } from "@/lib/accounts/erase";
import { isAppError } from "@/lib/errors";
import { normalizeEmail } from "@/lib/auth/email-address";
import { logFailure } from "@/lib/logging/log-failure";

export type EraseState = { error: "confirm" | "lastAdmin" | "unexpected" } | null;

/**
 * Erases the signed-in person's own account, never anyone else's: the user id comes from the session.
 * The person confirms by typing their address, so that a stray click cannot do it.
 */
export async function eraseOwnAccountAction(_prev: EraseState, formData: FormData): Promise<EraseState> {
  const ctx = await getSessionContext();
  if (!ctx) redirect("/sign-in");
  if (normalizeEmail(formData.get("confirmEmail")) !== ctx.email) return { error: "confirm" };
  try {
    await eraseAccount(ctx.userId);
  } catch (error) {
    if (isAppError(error) && error.messageKey === "lastAdmin") return { error: "lastAdmin" };
    logFailure("erasing an account failed", error, { user: ctx.userId });
    return { error: "unexpected" };
  }
  // The session row is gone with the account; drop the cookie too.
  const jar = await cookies();
  for (const name of ["authjs.session-token", "__Secure-authjs.session-token"]) jar.delete(name);
  redirect("/");
}
