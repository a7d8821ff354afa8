import { getFormatter } from "next-intl/server";

/** Days as the page words them: a calendar day ("14 maart 2027", no zone), or the day of an instant on the viewer's clock. */
export async function dayFormatter(timeZone: string) {
  const format = await getFormatter();
  return {
    day: (date: string) => format.dateTime(new Date(`${date}T00:00:00Z`), { dateStyle: "long", timeZone: "UTC" }),
    dayOf: (instant: Date) => format.dateTime(instant, { dateStyle: "long", timeZone }),
  };
}
