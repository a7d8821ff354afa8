/** Only the variables read here; tests pass their own. */
type Env = Record<string, string | undefined>;

/**
 * The public address of Kring, for every absolute link in an email. It comes from the environment, never
 * from a request: a request's Host header is the sender's to choose, and a link built from it could carry
 * a sign-in token to someone else's server. Auth.js reads the same AUTH_URL.
 */
export function appUrl(env: Env = process.env): string {
  const configured = env.AUTH_URL ?? env.NEXTAUTH_URL;
  if (configured) return new URL(configured).origin;
  if (env.NODE_ENV === "production") throw new Error("AUTH_URL is not set: Kring needs its public address for the links in emails");
  return `http://localhost:${env.PORT ?? 3000}`;
}

/** An absolute link to a path of Kring. */
export function appLink(path: string, env: Env = process.env): string {
  return new URL(path, appUrl(env)).toString();
}
