type Env = Record<string, string | undefined>;

/**
 * The local outbox (/dev/outbox) shows every email the app wrote, sign-in links included, so it exists
 * only where no email is really sent: without RESEND_API_KEY, and in a production build only when a test
 * or demo installation opts in with KRING_DEV_OUTBOX=1 (never on a real installation: anyone who can
 * reach it could read sign-in links). `npm run dev` listens on 127.0.0.1 only for the same reason.
 */
export function isOutboxEnabled(env: Env = process.env): boolean {
  return !env.RESEND_API_KEY && (env.NODE_ENV !== "production" || env.KRING_DEV_OUTBOX === "1");
}
