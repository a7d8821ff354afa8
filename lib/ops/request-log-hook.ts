import { logger } from "./logger";
import { aroundEachRequest } from "./request-hook";
import { runWithContext, type WorkContext } from "./request-context";
import { loggablePath, requestIdFrom } from "./request-log";
import { requestEnded, requestStarted, trackServer } from "./shutdown";

export const REQUEST_ID_HEADER = "x-request-id";

/**
 * One log line per HTTP request, written when the response is done: request id, method, path (without its
 * query, token segments replaced), status, duration, and the organisation when the code that served it
 * noted one (lib/ops/request-context.ts). The request id is also set on the request (for code that reads
 * headers) and on the response (X-Request-Id), so that a person's report can be matched to the line.
 *
 * It wraps the handling of each request (lib/ops/request-hook.ts), the other stages included, so its
 * context and clock cover the whole request. It also tells the shutdown handler which servers to close and
 * how many requests are in flight.
 */
export function installRequestLogHook(): void {
  aroundEachRequest((server, request, response, handle) => {
    trackServer(server);
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
    return runWithContext(context, handle);
  }, trackServer);
}
