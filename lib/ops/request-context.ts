import { AsyncLocalStorage } from "node:async_hooks";

/**
 * What the log lines of one unit of work share: the request's id (an HTTP request) or the job's (a worker's
 * job), and the organisation once the code that does the work knows it. One AsyncLocalStorage per process
 * (Next.js loads modules more than once): the request hook and the worker open a context, the data layer
 * fills in the organisation, and the closing log line reads it.
 */
export type WorkContext = { requestId?: string; queue?: string; jobId?: string; organizationId?: string };

const cache = globalThis as unknown as { __kringWorkContext?: AsyncLocalStorage<WorkContext> };
const storage = (cache.__kringWorkContext ??= new AsyncLocalStorage<WorkContext>());

export function runWithContext<T>(context: WorkContext, fn: () => T): T {
  return storage.run(context, fn);
}

export function currentContext(): WorkContext | undefined {
  return storage.getStore();
}

/**
 * Records the organisation the current request or job works for, so that its log line carries the id.
 * The first one noted wins (a job that touches several organisations, a sweep, is logged without one).
 */
export function noteOrganization(organizationId: string | null | undefined): void {
  const context = storage.getStore();
  if (context && organizationId && !context.organizationId) context.organizationId = organizationId;
}
