import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import type { AppLocale } from "@/lib/i18n/config";
import type { Nudge, NudgeList } from "@/lib/insights/types";

type Action = { href: string; label: "rematch" | "programme" | "reschedule" };

/** Where the admin acts on each kind of nudge. */
function actionsFor(nudge: Nudge): Action[] {
  const programme = `/admin/programmes/${nudge.programmeId}`;
  switch (nudge.kind) {
    case "pairWithoutSession":
      return [{ href: `${programme}/matching`, label: "rematch" }, { href: "/sessions", label: "reschedule" }];
    case "requestExpiring":
      return [{ href: `${programme}/matching`, label: "rematch" }];
    case "caseNotReady":
      return [{ href: programme, label: "programme" }];
    case "lowAttendance":
      return [{ href: programme, label: "programme" }, { href: "/sessions", label: "reschedule" }];
  }
}

export async function HealthSection({ nudges, locale }: { nudges: NudgeList; locale: AppLocale }) {
  const [t, format] = await Promise.all([getTranslations("insights"), getFormatter()]);
  const describe = (n: Nudge) => {
    const values = {
      names: new Intl.ListFormat(locale).format(n.names),
      programme: n.programmeName[locale],
      number: n.groupNumber ?? 0,
      date: n.at ? format.dateTime(n.at, n.kind === "requestExpiring" ? { dateStyle: "medium", timeStyle: "short" } : { dateStyle: "medium" }) : "",
      rate: n.rate !== null ? format.number(n.rate, { style: "percent", maximumFractionDigits: 0 }) : "",
    };
    return t(n.kind === "pairWithoutSession" && !n.at ? "health.items.pairNeverMet" : `health.items.${n.kind}`, values);
  };
  const total = nudges.reduce((n, k) => n + k.total, 0);
  return (
    <section aria-labelledby="health-heading" className="mt-8">
      <h2 id="health-heading" className="text-xl font-semibold">
        {t("health.heading")}
      </h2>
      <p className="mt-1 max-w-2xl text-sm text-stone-700">{t("health.intro")}</p>
      {total === 0 ? (
        <p className="mt-3 rounded-lg border border-dashed border-stone-300 bg-white p-4 text-stone-700">{t("health.empty")}</p>
      ) : (
        <div className="mt-3 grid gap-3 lg:grid-cols-2">
          {nudges
            .filter((kind) => kind.total > 0)
            .map((kind) => (
              <section key={kind.kind} aria-labelledby={`health-${kind.kind}`} className="min-w-0 rounded-lg border border-amber-200 bg-white p-4">
                <h3 id={`health-${kind.kind}`} className="flex flex-wrap items-baseline justify-between gap-2 font-semibold">
                  {t(`health.kinds.${kind.kind}.title`)}
                  <span className="rounded-full bg-amber-100 px-2 py-0.5 text-xs font-medium text-amber-900">{t("health.countLabel", { count: kind.total })}</span>
                </h3>
                <p className="mt-1 text-sm text-stone-600">{t(`health.kinds.${kind.kind}.help`)}</p>
                <ul className="mt-2 divide-y divide-stone-100 text-sm">
                  {kind.items.map((nudge, i) => {
                    const text = describe(nudge);
                    return (
                      <li key={`${nudge.programmeId}-${i}`} className="py-2">
                        <p className="break-words">{text}</p>
                        <p className="mt-1 flex flex-wrap gap-x-4">
                          {actionsFor(nudge).map((action) => (
                            <Link key={action.href} href={action.href} className="text-brand-700 underline hover:text-brand-900">
                              {t(`health.actions.${action.label}`)}
                              <span className="sr-only">: {text}</span>
                            </Link>
                          ))}
                        </p>
                      </li>
                    );
                  })}
                </ul>
                {kind.total > kind.items.length && <p className="mt-1 text-sm text-stone-600">{t("health.more", { count: kind.total - kind.items.length })}</p>}
              </section>
            ))}
        </div>
      )}
    </section>
  );
}
