/** A calendar day of the track ("7 maart 2027", "7 March 2027"); the date has no zone, so it is read as UTC. */
export function formatTrackDay(date: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: "UTC" }).format(new Date(`${date}T00:00:00Z`));
}
