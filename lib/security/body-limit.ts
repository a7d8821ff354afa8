/**
 * How large a server action's body may be. The members CSV is the largest upload: 10 MB as a file
 * (lib/members/csv-upload.ts), gzipped by browsers that can, sent as it is by those that cannot; the rest
 * is room for the form's other fields and the multipart framing. Kept in one place for next.config.ts
 * (Next.js's own limit) and proxy.ts (which refuses larger bodies with 413 before Next reads them).
 */
export const SERVER_ACTION_BODY_LIMIT_BYTES = 11 * 1024 * 1024;
