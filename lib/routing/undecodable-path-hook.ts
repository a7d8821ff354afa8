import { beforeEachRequest } from "@/lib/ops/request-hook";
import { escapeUndecodablePath } from "./undecodable-path";

/**
 * Rewrites the target of a request whose path does not decode (undecodable-path.ts) before Next.js sees it,
 * so that its router, proxy.ts and every route get a path that decodes. Installed once per process from
 * instrumentation.ts.
 */
export function installUndecodablePathHook(): void {
  beforeEachRequest("undecodable-path", (request) => {
    if (request.url) request.url = escapeUndecodablePath(request.url);
  });
}
