import "server-only";
import { notFound } from "next/navigation";
import { isAppError } from "@/lib/errors";

/** For a session page: what the lib refuses as not_found (not in the group, a guessed id) is the 404 page. */
export async function loadOrNotFound<T>(load: () => Promise<T>): Promise<T> {
  try {
    return await load();
  } catch (error) {
    if (isAppError(error) && error.code === "not_found") notFound();
    throw error;
  }
}
