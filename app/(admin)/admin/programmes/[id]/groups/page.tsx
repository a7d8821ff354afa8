import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { actorScopeOf } from "@/lib/auth/actor";
import { requirePageMember, type MemberContext } from "@/lib/auth/session";
import { getFormationView, type FormationView } from "@/lib/codevelopment/formation/queries";
import { explainReason, languageLabel, slotLabel } from "@/lib/codevelopment/core/formation-wording";
import { isLocale } from "@/lib/i18n/config";
import { uuidSegmentOrNotFound } from "@/lib/routing/segment";
import { loadOrNotFound } from "@/lib/auth/page";
import { ProposalItem, ProposalList, ProposalScreen, ReasonList } from "@/app/_components/ui/proposal-list";
import { ProposalForm, ProposalReview } from "@/app/_components/ui/proposal-review";
import { formGroupsAction, moveParticipantAction, publishGroupsAction, setFacilitatorAction } from "./actions";

const select = "min-w-0 max-w-full rounded-md border border-stone-300 bg-white px-2 py-1.5 text-sm";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("codevGroups"))("admin.title") };
}

/** Another organisation's programme, a mentoring programme or a malformed id: the same answer, not found. */
function loadView(ctx: MemberContext, programmeId: string): Promise<FormationView> {
  return loadOrNotFound(() => getFormationView(actorScopeOf(ctx), programmeId));
}

export default async function GroupFormationPage({ params }: { params: Promise<{ id: string }> }) {
  const ctx = await requirePageMember("programmes.manage");
  const id = uuidSegmentOrNotFound((await params).id);
  const view = await loadView(ctx, id);
  const rawLocale = await getLocale();
  const locale = isLocale(rawLocale) ? rawLocale : "nl";
  const t = await getTranslations("codevGroups");
  const percent = new Intl.NumberFormat(locale, { style: "percent" });
  const { figures, settings } = view;
  const department = (name: string | null) => name || t("noDepartment");
  const { groups, unassigned, facilitators } = view;
  const editable = view.status === "proposed";
  const perGroup = settings.facilitatorMode === "perGroup";
  const saved = t("admin.saved");
  const groupName = (number: number) => t("groupName", { number });

  // Into another group, or (from a group) out of all of them; the server checks the rules.
  const moveForm = (person: { membershipId: string; name: string }, currentGroupId: string | null) => {
    const moveId = `move-${person.membershipId}`;
    const targets = groups.filter((g) => g.id !== currentGroupId);
    return (
      <ProposalForm
        action={moveParticipantAction}
        success={saved}
        submitLabel={t("admin.moveButton")}
        submitName={t("admin.moveButtonName", { name: person.name })}
        className="flex flex-wrap items-center gap-2"
      >
        <input type="hidden" name="membershipId" value={person.membershipId} />
        <label htmlFor={moveId} className="sr-only">
          {t("admin.moveLabel", { name: person.name })}
        </label>
        <select id={moveId} name="toGroupId" className={select} defaultValue={targets[0]?.id ?? ""}>
          {targets.map((g) => (
            <option key={g.id} value={g.id}>
              {groupName(g.number)}
            </option>
          ))}
          {currentGroupId !== null && <option value="">{t("admin.outside")}</option>}
        </select>
      </ProposalForm>
    );
  };

  return (
    <ProposalScreen
      backHref={`/admin/programmes/${id}`}
      backLabel={t("admin.back")}
      title={`${t("admin.title")} · ${view.programme.name[locale]}`}
      intro={t("admin.intro")}
      note={t("admin.settings", { min: settings.groupSizeMin, max: settings.groupSizeMax, weeks: settings.cadenceWeeks, minutes: settings.sessionMinutes, zone: view.timeZone })}
      figures={
        view.status !== "none"
          ? [
              [t("admin.figures.placed"), t("admin.figures.placedValue", { placed: figures.placed, total: figures.participants, share: percent.format(figures.participants ? figures.placed / figures.participants : 0) })],
              [t("admin.figures.groups"), String(figures.groups)],
              [t("admin.figures.sameDepartment"), String(figures.sameDepartmentPairs)],
            ]
          : undefined
      }
      publishedText={
        view.status === "published" && view.publishedAt
          ? t("admin.published", { date: new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: view.timeZone }).format(view.publishedAt) })
          : undefined
      }
    >
      <ProposalReview
        programmeId={id}
        errorArea="codevGroups"
        run={view.status !== "published" ? { action: formGroupsAction, label: editable ? t("admin.rerun") : t("admin.run"), runningLabel: t("admin.running"), success: saved } : null}
        publish={
          editable
            ? {
                action: publishGroupsAction,
                label: t("admin.publish"),
                confirmText: t("admin.publishConfirm", { count: groups.length }),
                yesLabel: t("admin.publishYes"),
                cancelLabel: t("admin.cancel"),
                success: t("admin.publishedOk"),
              }
            : null
        }
      >
        {view.status === "none" && <p className="text-stone-700">{t("admin.none")}</p>}
        {groups.length > 0 && (
          <ProposalList
            id="groups-heading"
            title={view.status === "published" ? t("admin.publishedTitle") : t("admin.groupsTitle")}
            hint={perGroup ? undefined : t("admin.rotatingNote")}
            columns={2}
            footer={editable && perGroup && facilitators.length === 0 && <p className="mt-3 text-stone-700">{t("admin.noFacilitators")}</p>}
          >
            {groups.map((group) => (
              <ProposalItem key={group.id}>
                <div className="flex flex-wrap items-baseline justify-between gap-2">
                  <h3 id={`group-${group.id}`} className="text-base font-semibold">
                    {groupName(group.number)}
                  </h3>
                  <span className="text-sm text-stone-600">{t("admin.memberCount", { count: group.members.length })}</span>
                </div>
                <dl className="mt-2 grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[max-content_1fr]">
                  <dt className="font-medium text-stone-600">{t("admin.meets")}</dt>
                  <dd>{slotLabel(group.slot, t)}</dd>
                  <dt className="font-medium text-stone-600">{t("admin.language")}</dt>
                  <dd>{languageLabel(group.language, locale)}</dd>
                  <dt className="font-medium text-stone-600">{t("admin.departments")}</dt>
                  <dd className="break-words">{group.departments.map((d) => t("admin.departmentCount", { department: department(d.department), count: d.count })).join(" · ")}</dd>
                  {perGroup && (
                    <>
                      <dt className="font-medium text-stone-600">{t("admin.facilitator")}</dt>
                      <dd className="break-words">{group.facilitator?.name ?? t("admin.noFacilitator")}</dd>
                    </>
                  )}
                </dl>
                <h4 className="mt-3 text-sm font-semibold">{t("admin.members")}</h4>
                <ul className="mt-1 divide-y divide-stone-100">
                  {group.members.map((member) => (
                    <li key={member.membershipId} className="flex flex-wrap items-center justify-between gap-2 py-2">
                      <span className="min-w-0 break-words">
                        {member.name} <span className="text-sm text-stone-600">· {department(member.department)}</span>
                      </span>
                      {editable && moveForm(member, group.id)}
                    </li>
                  ))}
                </ul>
                {editable && perGroup && (
                  <ProposalForm
                    action={setFacilitatorAction}
                    success={saved}
                    submitLabel={t("admin.facilitatorSave")}
                    submitName={t("admin.facilitatorSaveName", { number: group.number })}
                    className="mt-3 flex flex-wrap items-end gap-2 border-t border-stone-100 pt-3"
                  >
                    <input type="hidden" name="groupId" value={group.id} />
                    <div className="flex min-w-0 flex-col gap-1">
                      <label htmlFor={`facilitator-${group.id}`} className="text-sm font-medium">
                        {t("admin.facilitatorLabel", { number: group.number })}
                      </label>
                      <select id={`facilitator-${group.id}`} name="membershipId" className={select} defaultValue={group.facilitator?.membershipId ?? ""}>
                        <option value="">{t("admin.facilitatorNone")}</option>
                        {facilitators.map((f) => (
                          <option key={f.membershipId} value={f.membershipId}>
                            {f.name}
                          </option>
                        ))}
                      </select>
                    </div>
                  </ProposalForm>
                )}
              </ProposalItem>
            ))}
          </ProposalList>
        )}
        {view.status !== "none" && (
          <ProposalList id="unassigned-heading" title={t("admin.unassignedTitle")} emptyText={unassigned.length === 0 ? t("admin.unassignedNone") : undefined}>
            {unassigned.map((person) => (
              <ProposalItem key={person.membershipId} compact>
                <div className="flex flex-wrap items-center justify-between gap-2">
                  <strong className="min-w-0 break-words">{person.name}</strong>
                  {editable && groups.length > 0 && moveForm(person, null)}
                </div>
                <ReasonList reasons={explainReason(person.reason, t, locale)} className="mt-1" />
              </ProposalItem>
            ))}
          </ProposalList>
        )}
      </ProposalReview>
    </ProposalScreen>
  );
}
