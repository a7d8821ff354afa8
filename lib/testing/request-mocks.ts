import { vi } from "vitest";

/**
 * For tests that call server actions the way a crafted POST does: only the Auth.js session lookup and
 * Next's request APIs are replaced; roles and organisations still come from the real database. A test file
 * sets `testSession.userId` to act as someone (null: signed out) and registers the mocks with
 *
 *   vi.mock("@/lib/auth/config", () => import("@/lib/testing/request-mocks").then((m) => m.authConfigMock()));
 *   vi.mock("next/cache", () => import("@/lib/testing/request-mocks").then((m) => m.nextCacheMock()));
 *   vi.mock("next/headers", () => import("@/lib/testing/request-mocks").then((m) => m.nextHeadersMock()));
 */
export const testSession: { userId: string | null } = { userId: null };

export function authConfigMock() {
  return {
    auth: vi.fn(async () =>
      testSession.userId ? { user: { id: testSession.userId }, expires: new Date(Date.now() + 3600_000).toISOString() } : null,
    ),
    signIn: vi.fn(),
    signOut: vi.fn(),
    handlers: {},
  };
}

export function nextCacheMock() {
  return { revalidatePath: vi.fn() };
}

export function nextHeadersMock() {
  return { cookies: async () => ({ get: () => undefined, set: vi.fn() }), headers: async () => new Headers() };
}
