import pino, { type DestinationStream, type Logger } from "pino";

/**
 * The process's one logger (pino). In production (NODE_ENV=production) every line is one JSON object on
 * stdout, for the platform's log collector; elsewhere a short readable line. LOG_LEVEL sets the level
 * (default info; warn under vitest, so that job lines do not drown the test output); LOG_FORMAT=json or
 * pretty overrides the format.
 *
 * Logs carry ids, not people (SECURITY.md): callers log ids, counts, durations and codes. Never an email
 * address, a name, a token, a query string, a request or email body, or case text. The redaction below is a
 * net for a mistake, not the rule: it blanks the usual places such things hide in.
 */
export type { Logger };

const REDACT = [
  "email",
  "to",
  "name",
  "token",
  "body",
  "html",
  "text",
  "password",
  "secret",
  "*.email",
  "*.to",
  "*.name",
  "*.token",
  "*.body",
  "*.html",
  "*.text",
  "headers.cookie",
  "headers.authorization",
  "*.headers.cookie",
  "*.headers.authorization",
];

const OWN_KEYS = new Set(["level", "time", "msg", "pid", "hostname", "service"]);

/** One JSON line as "12:00:01.234 INFO  request method=GET path=/dashboard status=200 durationMs=12". */
export function prettyLine(json: string): string {
  let entry: Record<string, unknown>;
  try {
    entry = JSON.parse(json) as Record<string, unknown>;
  } catch {
    return json;
  }
  const time = typeof entry.time === "string" ? entry.time.slice(11, 23) : "";
  const level = String(entry.level).toUpperCase().padEnd(5);
  const fields = Object.entries(entry)
    .filter(([key]) => !OWN_KEYS.has(key))
    .map(([key, value]) => `${key}=${typeof value === "string" ? value : JSON.stringify(value)}`);
  return `${time} ${level} ${[entry.msg, ...fields].filter(Boolean).join(" ")}\n`;
}

function destination(): DestinationStream {
  const format = process.env.LOG_FORMAT ?? (process.env.NODE_ENV === "production" ? "json" : "pretty");
  // Synchronous writes: a line written just before process.exit (a shutdown, a fatal error) is not lost.
  if (format === "json") return pino.destination({ dest: 1, sync: true });
  return { write: (line: string) => void process.stdout.write(prettyLine(line)) };
}

function defaultLevel(): string {
  if (process.env.LOG_LEVEL) return process.env.LOG_LEVEL;
  return process.env.VITEST ? "warn" : "info";
}

// Next.js loads server modules more than once (instrumentation and routes): one logger per process.
const cache = globalThis as unknown as { __kringLogger?: Logger };

/** The process's logger; `service` says which kind of process wrote a line (web, worker, migrate). */
export function logger(): Logger {
  cache.__kringLogger ??= pino(
    {
      level: defaultLevel(),
      base: { service: process.env.KRING_SERVICE ?? "web", pid: process.pid },
      timestamp: pino.stdTimeFunctions.isoTime,
      redact: { paths: REDACT, censor: "[redacted]" },
      formatters: { level: (label) => ({ level: label }) },
    },
    destination(),
  );
  return cache.__kringLogger;
}

/** For tests: a logger writing to `stream` instead of stdout (JSON), until reset with `null`. */
export function setLoggerForTests(stream: DestinationStream | null): void {
  cache.__kringLogger = stream
    ? pino({ level: "trace", base: { service: "test" }, timestamp: pino.stdTimeFunctions.isoTime, redact: { paths: REDACT, censor: "[redacted]" }, formatters: { level: (label) => ({ level: label }) } }, stream)
    : undefined;
}
