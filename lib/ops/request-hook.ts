import http from "node:http";

/**
 * The one place that reaches into Node's HTTP server before Next.js sees a request. Next gives route code no
 * socket and fails in its router on some paths, so a few things must happen on the raw request first: the
 * client's address (lib/security/client-address-hook.ts), undecodable paths made literal
 * (lib/routing/undecodable-path-hook.ts), and the request log with its context and shutdown bookkeeping
 * (lib/ops/request-log-hook.ts). http.Server's emit is wrapped once per process, whichever of them asks
 * first; stages run in the order they were added, inside the wrapper when there is one.
 */
export type RequestStage = (request: http.IncomingMessage) => void;
export type RequestWrapper = (server: http.Server, request: http.IncomingMessage, response: http.ServerResponse, handle: () => boolean) => boolean;

type Emit = (this: http.Server, event: string | symbol, ...args: unknown[]) => boolean;
type Hooks = { stages: Map<string, RequestStage>; wrapper: RequestWrapper | null; onConnection: ((server: http.Server) => void) | null; installed: boolean };

// Next.js loads server modules more than once (instrumentation, routes): one set of hooks per process.
const cache = globalThis as unknown as { __kringRequestHooks?: Hooks };
const hooks: Hooks = (cache.__kringRequestHooks ??= { stages: new Map(), wrapper: null, onConnection: null, installed: false });

/** Runs `stage` on every request before Next.js sees it; a second call with the same name replaces it. */
export function beforeEachRequest(name: string, stage: RequestStage): void {
  hooks.stages.set(name, stage);
  install();
}

/** Wraps the handling of every request (the stages included), and hears of every new connection. */
export function aroundEachRequest(wrapper: RequestWrapper, onConnection?: (server: http.Server) => void): void {
  hooks.wrapper = wrapper;
  hooks.onConnection = onConnection ?? null;
  install();
}

function install(): void {
  if (hooks.installed) return;
  hooks.installed = true;
  const emit = http.Server.prototype.emit as Emit;
  const hooked: Emit = function (event, ...args) {
    if (event === "connection") hooks.onConnection?.(this);
    if (event !== "request") return emit.apply(this, [event, ...args]);
    const request = args[0] as http.IncomingMessage;
    const response = args[1] as http.ServerResponse;
    const handle = () => {
      for (const stage of hooks.stages.values()) stage(request);
      return emit.apply(this, [event, ...args]);
    };
    return hooks.wrapper ? hooks.wrapper(this, request, response, handle) : handle();
  };
  http.Server.prototype.emit = hooked as typeof http.Server.prototype.emit;
}
