import http from "node:http";
import { escapeUndecodablePath } from "./undecodable-path";

type Emit = (this: http.Server, event: string | symbol, ...args: unknown[]) => boolean;
const installed = globalThis as unknown as { __kringUndecodablePath?: boolean };

/**
 * Rewrites the target of a request whose path does not decode (undecodable-path.ts) before Next.js sees it,
 * so that its router, proxy.ts and every route get a path that decodes. Installed once per process from
 * instrumentation.ts, like lib/security/client-address-hook.ts.
 */
export function installUndecodablePathHook(): void {
  if (installed.__kringUndecodablePath) return;
  installed.__kringUndecodablePath = true;
  const emit = http.Server.prototype.emit as Emit;
  const rewriting: Emit = function (event, ...args) {
    if (event === "request") {
      const request = args[0] as http.IncomingMessage;
      if (request.url) request.url = escapeUndecodablePath(request.url);
    }
    return emit.apply(this, [event, ...args]);
  };
  http.Server.prototype.emit = rewriting as typeof http.Server.prototype.emit;
}
