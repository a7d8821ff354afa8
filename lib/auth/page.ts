import "server-only";
import { forbidden, notFound } from "next/navigation";
import { isAppError } from "@/lib/errors";

/**
 * A page's loader, the page side of the boundary (the actions' side is lib/auth/action.ts): what the lib
 * refuses as not_found (another organisation's id, a guessed one, a page the reader is not part of) is the
 * 404 page, and forbidden (a role taken away while the page loads) the 403 page, never a 500. The page reads
 * its segments with lib/routing/segment.ts first, so that a malformed id never reaches the lib at all.
 */
export async function loadOrNotFound<T>(load: () => Promise<T>): Promise<T> {
  try {
    return await load();
  } catch (error) {
    if (isAppError(error) && error.code === "not_found") notFound();
    if (isAppError(error) && error.code === "forbidden") forbidden();
    throw error;
  }
}
