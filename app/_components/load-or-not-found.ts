import "server-only";
import { notFound } from "next/navigation";
import { isAppError } from "@/lib/errors";

/**
 * For a page: what the lib refuses as not_found (another organisation's id, a guessed one, a page the reader
 * is not part of) is the 404 page, never a 500. The page reads its segments with lib/routing/segment.ts
 * first, so that a malformed id never reaches the lib at all.
 */
export async function loadOrNotFound<T>(load: () => Promise<T>): Promise<T> {
  try {
    return await load();
  } catch (error) {
    if (isAppError(error) && error.code === "not_found") notFound();
    throw error;
  }
}
