import type { Messages } from "./messages";

/**
 * The part of the catalogue a subtree of client components reads: each namespace is a dot path
 * ("members.import", "pair.goals"). Client components get only these (next-intl's documented pattern)
 * instead of the whole catalogue in every page's payload. Pure, for the coverage test.
 */
export function pickMessages(messages: Messages, namespaces: readonly string[]): Messages {
  const out: Messages = {};
  for (const namespace of namespaces) {
    const keys = namespace.split(".");
    let source: string | Messages | undefined = messages;
    for (const key of keys) source = typeof source === "object" ? source[key] : undefined;
    if (source === undefined) throw new Error(`No messages under "${namespace}"`);
    let target = out;
    keys.slice(0, -1).forEach((key) => {
      const next = target[key];
      target = (target[key] = typeof next === "object" ? next : {}) as Messages;
    });
    target[keys[keys.length - 1]] = source;
  }
  return out;
}

/** Namespaces the shell, the error boundary and shared form parts read on every page. */
export const ROOT_CLIENT_NAMESPACES = ["common", "errors"] as const;

/**
 * Namespaces whose keys actions return whole ("pair.errors.ended", "codevGroups.rules.size"): a form that
 * shows an action's answer with a root translator (useTranslations()) needs them.
 */
export const ACTION_ERROR_NAMESPACES = [
  "codevGroups.errors",
  "codevGroups.rules",
  "codevSessions.errors",
  "matches.errors",
  "mentoring.errors",
  "mentoring.exclusion",
  "pair.errors",
] as const;

/** Whether a component reading `namespace` finds it among the provided ones. */
export function isProvided(namespace: string, provided: readonly string[]): boolean {
  return provided.some((p) => namespace === p || namespace.startsWith(`${p}.`));
}
