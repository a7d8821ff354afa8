// The time zones a member can pick. The server's ICU decides both the select and validation, so the
// browser's (possibly different) list never decides what is accepted.

/** Shown first: almost every member of a Dutch or Belgian organisation is in one of these. */
export const preferredTimeZones = ["Europe/Amsterdam", "Europe/Brussels"] as const;

let cached: string[] | null = null;

function canonicalTimeZones(): string[] {
  cached ??= [...Intl.supportedValuesOf("timeZone"), "UTC"];
  return cached;
}

/** Canonical names and the aliases ICU resolves ("Europe/Kyiv" and "Europe/Kiev" alike), nothing else. */
export function isSupportedTimeZone(value: string): boolean {
  if (!/^[A-Za-z][A-Za-z0-9_+\-/]{1,63}$/.test(value)) return false;
  if (canonicalTimeZones().includes(value)) return true;
  try {
    new Intl.DateTimeFormat("en", { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

/**
 * The profile page's first options: the preferred zones and the member's own; the form loads the rest
 * (/api/time-zones) once the page is up.
 */
export function initialTimeZoneOptions(current?: string | null): { preferred: string[]; others: string[] } {
  const preferred: string[] = [...preferredTimeZones];
  return { preferred, others: current && isSupportedTimeZone(current) && !preferred.includes(current) ? [current] : [] };
}

/** The preferred zones, then the rest alphabetically; a stored alias stays selectable so it is not lost. */
export function timeZoneOptions(current?: string | null): { preferred: string[]; others: string[] } {
  const preferred: string[] = [...preferredTimeZones];
  const others = canonicalTimeZones().filter((zone) => !preferred.includes(zone));
  if (current && isSupportedTimeZone(current) && !preferred.includes(current) && !others.includes(current)) others.push(current);
  others.sort((a, b) => a.localeCompare(b));
  return { preferred, others };
}
