/**
 * The local outbox (/dev/outbox) shows every email the app wrote, sign-in links included, so it exists
 * only where no email is really sent: without RESEND_API_KEY, and in production only when a demo
 * installation opts in with KRING_DEV_OUTBOX=1.
 */
export function isOutboxEnabled(): boolean {
  return !process.env.RESEND_API_KEY && (process.env.NODE_ENV !== "production" || process.env.KRING_DEV_OUTBOX === "1");
}
