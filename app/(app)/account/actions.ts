"use server";

import { redirect } from "next/navigation";
import { cookies } from "next/headers";
import { signedInAction } from "@/lib/auth/action";
import { eraseAccount } from "@/lib/accounts/erase";
import { eraseAccountSchema } from "@/lib/accounts/schemas";

/** What the form reads of the answer: `error` under "account.erase.errors" (confirm, lastAdmin, invalid, unexpected). */
export type EraseState = { ok: boolean; error?: string } | null;

/**
 * Erases the signed-in person's own account, never anyone else's: the user id comes from the session.
 * The person confirms by typing their address, so that a stray click cannot do it.
 */
export const eraseOwnAccountAction = signedInAction(eraseAccountSchema, async ({ confirmEmail }, ctx) => {
  if (confirmEmail !== ctx.email) return { ok: false, error: "confirm" };
  // The last administrator of an organisation is refused ("lastAdmin"), by the wrapper's AppError mapping.
  await eraseAccount(ctx.userId);
  // The session row is gone with the account; drop the cookie too.
  const jar = await cookies();
  for (const name of ["authjs.session-token", "__Secure-authjs.session-token"]) jar.delete(name);
  redirect("/");
});
