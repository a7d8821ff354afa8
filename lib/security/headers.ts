/**
 * Security headers (SECURITY.md rule 18). The static ones go on every response through next.config.ts;
 * the CSP is built per request in proxy.ts, because it carries that response's nonce and its form-action
 * must allow the configured SSO issuers.
 */
export function staticSecurityHeaders(): { key: string; value: string }[] {
  return [
    { key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains; preload" },
    { key: "X-Content-Type-Options", value: "nosniff" },
    { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    { key: "X-Frame-Options", value: "DENY" },
    { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
  ];
}

export type CspOptions = {
  dev: boolean;
  /** This response's nonce: Next.js puts it on every script it renders (it reads it from the request's CSP). */
  nonce: string;
  formActionOrigins: string[];
  /**
   * The local outbox shows each email in a sandboxed srcdoc frame, which inherits this policy, and emails
   * style themselves inline: only that development page allows inline styles.
   */
  inlineStyles?: boolean;
};

/**
 * A strict policy: scripts only with this response's nonce ('strict-dynamic' lets those load Next's chunks),
 * no inline script or style anywhere but the dev outbox. Development adds what the dev server needs
 * (eval for React's debugging, inline styles for its overlay, a websocket for refreshes).
 */
export function contentSecurityPolicy(options: CspOptions): string {
  const scriptSrc = ["'self'", `'nonce-${options.nonce}'`, "'strict-dynamic'", ...(options.dev ? ["'unsafe-eval'"] : [])];
  const styleSrc = options.dev || options.inlineStyles ? ["'self'", "'unsafe-inline'"] : ["'self'", `'nonce-${options.nonce}'`];
  return [
    "default-src 'self'",
    `script-src ${scriptSrc.join(" ")}`,
    `style-src ${styleSrc.join(" ")}`,
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src 'self'${options.dev ? " ws:" : ""}`,
    "frame-ancestors 'none'",
    "frame-src 'self'",
    "base-uri 'self'",
    "object-src 'none'",
    `form-action 'self' ${options.formActionOrigins.join(" ")}`.trim(),
  ].join("; ");
}

/** 128 random bits, base64: a fresh nonce for every response. */
export function createNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}
