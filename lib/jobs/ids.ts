import { createHash } from "node:crypto";

/**
 * A job id derived from what the job is about ("reminder:<session>:<time>"), so that enqueueing the same
 * thing twice (a retry, a double click) is refused by the primary key instead of sending twice.
 */
export function deterministicJobId(key: string): string {
  const h = createHash("sha256").update(key).digest("hex");
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${((parseInt(h[16], 16) & 0x3) | 0x8).toString(16)}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}
