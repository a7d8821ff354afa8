import http from "node:http";
import { logger } from "./logger";
import { runWithContext, type WorkContext } from "./request-context";
import { loggablePath, requestIdFrom } from "./request-log";
import { requestEnded, requestStarted, trackServer } from "./shutdown";

type Emit = (this: http.Server, event: string | symbol, ...args: unknown[]) => boolean;
const installed = globalThis as unknown as { __kringRequestLog?: boolean };

export const REQUEST_ID_HEADER = "x-request-id";

/**
 * One log line per HTTP request, written when the response is done: request id, method, path (without its
 * query, token segments replaced), status, duration, and the organisation when the code that served it
 * noted one (lib/ops/request-context.ts). The request id is also set on the request (for code that reads
 * headers) and on the response (X-Request-Id), so that a person's report can be matched to the line.
 *
 * Like lib/security/client-address-hook.ts it wraps http.Server's emit before Next.js sees a request;
 * installed last, it runs first, so its context and clock cover the whole request. It also tells the
 * shutdown handler which servers to close and how many requests are in flight.
 */
export function installRequestLogHook(): void {
  if (installed.__kringRequestLog) return;
  installed.__kringRequestLog = true;
  const emit = http.Server.prototype.emit as Emit;
  const logging: Emit = function (event, ...args) {
    if (event === "connection") trackServer(this);
    if (event !== "request") return emit.apply(this, [event, ...args]);
    trackServer(this);
    const request = args[0] as http.IncomingMessage;
    const response = args[1] as http.ServerResponse;
    const started = process.hrtime.bigint();
    const requestId = requestIdFrom(request.headers[REQUEST_ID_HEADER]);
    request.headers[REQUEST_ID_HEADER] = requestId;
    response.setHeader(REQUEST_ID_HEADER, requestId);
    const method = request.method ?? "?";
    const path = loggablePath(request.url);
    const context: WorkContext = { requestId };
    requestStarted();
    response.once("close", () => {
      requestEnded();
      const durationMs = Math.round(Number(process.hrtime.bigint() - started) / 1e5) / 10;
      const line = { event: "request", requestId, method, path, status: response.statusCode, durationMs, organizationId: context.organizationId, aborted: response.writableFinished ? undefined : true };
      const log = logger();
      if (response.statusCode >= 500) log.error(line, "request");
      else log.info(line, "request");
    });
    return runWithContext(context, () => emit.apply(this, [event, ...args]));
  };
  http.Server.prototype.emit = logging as typeof http.Server.prototype.emit;
}
