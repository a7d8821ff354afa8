import { getFormatter, getTranslations } from "next-intl/server";
import type { GoalView } from "@/lib/mentoring/pair/goals";
import { GOAL_TEXT_MAX, goalStatuses } from "@/lib/mentoring/schemas";
import { GoalForm } from "./goal-form";

const statusStyle: Record<GoalView["status"], string> = {
  notStarted: "bg-stone-100 text-stone-800",
  onTrack: "bg-brand-50 text-brand-900",
  atRisk: "bg-amber-50 text-amber-900",
  done: "bg-brand-100 text-brand-900",
  dropped: "bg-stone-100 text-stone-600",
};

/** The pair's SMART goals; while the mentorship runs, each can be edited and new ones added. */
export async function GoalList({ matchId, goals, editable }: { matchId: string; goals: GoalView[]; editable: boolean }) {
  const [t, format] = await Promise.all([getTranslations("pair.goals"), getFormatter()]);
  // A due date is a calendar day, not an instant: read at midnight UTC and shown in UTC, it stays that day.
  const day = (date: string) => format.dateTime(new Date(`${date}T00:00:00Z`), { dateStyle: "long", timeZone: "UTC" });
  return (
    <section aria-labelledby="pair-goals" className="mt-8">
      <h2 id="pair-goals" className="text-lg font-semibold">
        {t("title")}
      </h2>
      <p className="mt-1 max-w-2xl text-stone-700">{t("intro")}</p>
      {goals.length === 0 && <p className="mt-3 text-stone-700">{t("empty")}</p>}
      <ul className="mt-3 space-y-3">
        {goals.map((goal) => (
          <li key={goal.id} className="min-w-0 rounded-lg border border-stone-200 bg-white p-4">
            <div className="flex flex-wrap items-start justify-between gap-2">
              <h3 className="min-w-0 break-words font-semibold">{goal.specific}</h3>
              <span className={`rounded-full px-2.5 py-0.5 text-sm font-medium ${statusStyle[goal.status]}`}>{t(`statuses.${goal.status}`)}</span>
            </div>
            <dl className="mt-2 grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[max-content_1fr]">
              {(["measurable", "achievable", "relevant"] as const).map((field) => (
                <div key={field} className="contents">
                  <dt className="font-medium text-stone-600">{t(`labels.${field}`)}</dt>
                  <dd className="break-words whitespace-pre-line">{goal[field]}</dd>
                </div>
              ))}
            </dl>
            <p className="mt-2 text-sm text-stone-700">{t("due", { date: day(goal.dueDate) })}</p>
            <div className="mt-2 flex items-center gap-3">
              <div aria-hidden className="h-2 w-full max-w-xs overflow-hidden rounded-full bg-stone-200">
                <svg viewBox="0 0 100 1" preserveAspectRatio="none" className="block h-full w-full">
                  <rect width={Math.max(0, Math.min(100, goal.progress))} height="1" className="fill-brand-600" />
                </svg>
              </div>
              <span className="shrink-0 text-sm text-stone-700">{t("progressValue", { progress: goal.progress })}</span>
            </div>
            {editable && (
              <details className="mt-3">
                <summary className="cursor-pointer text-sm font-medium text-brand-700">{t("edit")}</summary>
                <GoalForm matchId={matchId} statuses={goalStatuses} maxText={GOAL_TEXT_MAX} goal={goal} />
              </details>
            )}
          </li>
        ))}
      </ul>
      {editable && (
        <div className="mt-4 rounded-lg border border-stone-200 bg-white p-4">
          <h3 className="font-semibold">{t("add")}</h3>
          <GoalForm matchId={matchId} statuses={goalStatuses} maxText={GOAL_TEXT_MAX} />
        </div>
      )}
    </section>
  );
}
