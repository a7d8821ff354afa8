import type { Metadata } from "next";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { actorScopeOf } from "@/lib/auth/actor";
import { requirePageMember } from "@/lib/auth/session";
import { getRunnerView } from "@/lib/codevelopment/runner-view";
import { isLocale } from "@/lib/i18n/config";
import { CaseContent } from "../../_components/case-content";
import { loadOrNotFound } from "@/lib/auth/page";
import { uuidParams } from "@/lib/routing/segment";
import { SessionHeader } from "../../_components/session-header";
import { ActionList, ActionPlan } from "./_components/action-plan";
import { AttendanceForm } from "./_components/attendance-form";
import { LearningPanel } from "./_components/learning-panel";
import { RunnerBoard, type BoardStep } from "./_components/runner-board";

type Props = { params: Promise<{ id: string; sessionId: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("codevSessions"))("run.metaTitle") };
}

const card = "rounded-lg border border-stone-200 bg-white p-4 sm:p-5";

/** The session runner, for whoever runs the session (buttons) and for the group (following on their screens). */
export default async function RunPage({ params }: Props) {
  const ctx = await requirePageMember("sessions.view");
  const { id, sessionId } = await uuidParams(params);
  const view = await loadOrNotFound(() => getRunnerView(actorScopeOf(ctx), { groupId: id, sessionId }));
  const [t, format, rawLocale] = await Promise.all([getTranslations("codevSessions"), getFormatter(), getLocale()]);
  const locale = isLocale(rawLocale) ? rawLocale : "nl";
  const { groupId } = view.header;

  const steps: BoardStep[] = view.method.steps.map((s) => ({
    key: s.key,
    title: s.title[locale],
    instruction: s.instruction[locale],
    minutes: s.minutes,
    presenterTurnedAway: Boolean(s.presenterTurnedAway),
    showsPreviousActions: Boolean(s.showsPreviousActions),
  }));
  const dueDates = [...view.actions, ...(view.previous?.actions ?? [])].flatMap((a) => (a.dueDate ? [a.dueDate] : []));
  const formatDue = Object.fromEntries(dueDates.map((d) => [d, format.dateTime(new Date(`${d}T00:00:00Z`), { dateStyle: "long", timeZone: "UTC" })]));
  const presenterName = view.presenter?.name ?? null;

  const caseBlock = view.caseContent ? (
    <CaseContent content={view.caseContent} headingLevel={3} />
  ) : (
    <p className="text-stone-700">{presenterName ? t("case.beingPrepared", { name: presenterName }) : t("case.noCaseYet")}</p>
  );
  const previous = view.previous;
  const previousOwner = previous?.actions.find((a) => a.ownerName)?.ownerName ?? null;
  const previousActions = previous ? (
    <section aria-labelledby="runner-previous-heading" className={card}>
      <h2 id="runner-previous-heading" className="text-lg font-semibold">
        {t("run.previous.heading")}
      </h2>
      {previous.actions.length > 0 ? (
        <>
          <p className="mt-1 text-stone-700">{previousOwner ? t("run.previous.intro", { name: previousOwner }) : t("run.previous.introNoName")}</p>
          <ActionList groupId={groupId} sessionId={previous.sessionId} actions={previous.actions} formatDue={formatDue} removable={false} />
        </>
      ) : (
        <p className="mt-1 text-stone-700">{t("run.previous.none")}</p>
      )}
    </section>
  ) : null;

  return (
    <div>
      <SessionHeader header={view.header} page="run" title={t("run.title")} locale={locale} live={view.state !== null && !view.state.finished} />
      <div className="mt-6">
        <RunnerBoard
          groupId={groupId}
          sessionId={view.header.sessionId}
          steps={steps}
          state={view.state}
          serverNow={view.serverNow}
          canFacilitate={view.canFacilitate}
          canTakeNotes={view.canFacilitate || view.isPresenter}
          canStart={view.open && view.header.status !== "held"}
          open={view.open}
          caseBlock={caseBlock}
          previousActions={previousActions}
          notes={view.stepNotes.map((n) => ({ id: n.id, stepKey: n.stepKey, body: n.body, authorName: n.authorName }))}
        />
      </div>

      <div className="mt-8 grid gap-6 lg:grid-cols-2">
        <section aria-labelledby="runner-actions-heading" className={card}>
          <h2 id="runner-actions-heading" className="text-lg font-semibold">
            {view.isPresenter ? t("run.actions.headingMine") : presenterName ? t("run.actions.heading", { name: presenterName }) : t("run.actions.headingNoName")}
          </h2>
          <p className="mt-1 text-stone-700">{view.isPresenter ? t("run.actions.introMine") : t("run.actions.intro")}</p>
          <ActionPlan groupId={groupId} sessionId={view.header.sessionId} actions={view.actions} canAdd={view.isPresenter && view.open} formatDue={formatDue} />
        </section>

        <section aria-labelledby="runner-learning-heading" className={card}>
          <h2 id="runner-learning-heading" className="text-lg font-semibold">
            {t("run.learning.heading")}
          </h2>
          <p className="mt-1 text-stone-700">{t("run.learning.intro")}</p>
          <LearningPanel groupId={groupId} sessionId={view.header.sessionId} learnings={view.learnings} canWrite={view.open} />
        </section>
      </div>

      {view.canFacilitate && view.attendance.length > 0 && (
        <section aria-labelledby="runner-attendance-heading" className={`mt-6 ${card}`}>
          <h2 id="runner-attendance-heading" className="text-lg font-semibold">
            {t("run.attendance.heading")}
          </h2>
          <p className="mt-1 text-stone-700">{t("run.attendance.intro")}</p>
          {view.open ? (
            <AttendanceForm groupId={groupId} sessionId={view.header.sessionId} people={view.attendance} />
          ) : (
            <ul className="mt-2 space-y-1">
              {view.attendance.map((p) => (
                <li key={p.membershipId}>
                  {p.name}: {t(`run.attendance.${p.attendance}`)}
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
    </div>
  );
}
