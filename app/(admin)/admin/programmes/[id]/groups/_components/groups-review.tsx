"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { ProposalItem, ProposalList, ReasonList } from "@/app/_components/ui/proposal-list";
import { ProposalButton, ProposalForm } from "@/app/_components/ui/proposal-review";
import type { Remedy } from "@/lib/codevelopment/core/formation-remedies";
import { allowRotatingAction, appointFacilitatorAction, changeGroupSizeAction, moveParticipantAction, setFacilitatorAction } from "../actions";
import { LateAddForm } from "./late-add-form";

export type GroupCard = {
  id: string;
  number: number;
  /** Proposed groups can be changed; published ones only take late sign-ups. */
  status: "proposed" | "published";
  name: string;
  slot: string;
  language: string;
  departments: string[];
  members: Array<{ membershipId: string; name: string; department: string }>;
  facilitator: { membershipId: string; name: string } | null;
};

type Props = {
  status: "none" | "proposed" | "published";
  perGroup: boolean;
  groups: GroupCard[];
  unassigned: Array<{ membershipId: string; name: string; reasons: string[]; remedies: Remedy[] }>;
  facilitators: Array<{ membershipId: string; name: string }>;
  /** A facilitator per group and fewer volunteers than groups: said once, above the lists, with the fixes. */
  facilitatorShortage: { volunteers: number; groups: number } | null;
  /** Where the programme's rules are changed (languages, session length, sizes). */
  settingsHref: string;
};

const select = "min-w-0 max-w-full rounded-md border border-stone-300 bg-white px-2 py-1.5 text-sm";

/**
 * The groups proposal's lists, inside the page's ProposalReview: rendered here from plain data, since
 * every person carries a form and the data is a fraction of the markup.
 */
export function GroupsReview({ status, perGroup, groups, unassigned, facilitators, facilitatorShortage, settingsHref }: Props) {
  const t = useTranslations("codevGroups.admin");
  const saved = t("saved");
  const rerun = t("savedRerun");
  const proposed = groups.filter((g) => g.status === "proposed");

  // Into another group, or (from a group) out of all of them; the server checks the rules.
  const moveForm = (person: { membershipId: string; name: string }, currentGroupId: string | null) => {
    const id = `move-${person.membershipId}`;
    const targets = proposed.filter((g) => g.id !== currentGroupId);
    return (
      <ProposalForm action={moveParticipantAction} success={saved} submitLabel={t("moveButton")} submitName={t("moveButtonName", { name: person.name })} className="flex flex-wrap items-center gap-2">
        <input type="hidden" name="membershipId" value={person.membershipId} />
        <label htmlFor={id} className="sr-only">
          {t("moveLabel", { name: person.name })}
        </label>
        <select id={id} name="toGroupId" className={select} defaultValue={targets[0]?.id ?? ""}>
          {targets.map((g) => (
            <option key={g.id} value={g.id}>
              {g.name}
            </option>
          ))}
          {currentGroupId !== null && <option value="">{t("outside")}</option>}
        </select>
      </ProposalForm>
    );
  };

  // What the admin can do about one person's reason, each a working control.
  const remedies = (person: Props["unassigned"][number]) => {
    const controls = person.remedies.flatMap((remedy) => {
      switch (remedy.kind) {
        case "appointFacilitator":
          return [
            <ProposalButton key="appoint" action={appointFacilitatorAction} fields={{ membershipId: person.membershipId }} success={t("appointed", { name: person.name })}>
              {t("appoint", { name: person.name })}
            </ProposalButton>,
          ];
        case "allowRotating":
          return []; // Once, in the notice above the lists.
        case "lowerMinimum":
          return [
            <ProposalButton key="min" action={changeGroupSizeAction} fields={{ bound: "min", size: String(remedy.to) }} success={rerun}>
              {t("lowerMinimum", { size: remedy.to })}
            </ProposalButton>,
          ];
        case "raiseMaximum":
          return [
            <ProposalButton key="max" action={changeGroupSizeAction} fields={{ bound: "max", size: String(remedy.to) }} success={rerun}>
              {t("raiseMaximum", { size: remedy.to })}
            </ProposalButton>,
          ];
        case "placeByHand":
          return [<div key="move">{moveForm(person, null)}</div>];
        case "addToGroup": {
          const open = groups.filter((g) => g.status === "published" && remedy.numbers.includes(g.number));
          return [<LateAddForm key="late" person={person} groups={open.map((g) => ({ id: g.id, name: g.name }))} />];
        }
        case "settings":
          return [
            <Link key="settings" href={settingsHref} className="text-sm text-brand-700 underline">
              {t("changeRules")}
            </Link>,
          ];
      }
    });
    // Anyone outside the groups can be tried in one by hand; the server names the rule a move would break.
    if (proposed.length > 0 && !person.remedies.some((remedy) => remedy.kind === "placeByHand")) controls.push(<div key="move">{moveForm(person, null)}</div>);
    if (controls.length === 0) return null;
    return (
      <div className="mt-2 flex flex-wrap items-center gap-2">
        <span className="text-sm font-medium text-stone-700">{t("whatYouCanDo")}</span>
        {controls}
      </div>
    );
  };

  return (
    <>
      {status === "none" && <p className="text-stone-700">{t("none")}</p>}
      {facilitatorShortage && (
        <section aria-labelledby="facilitator-shortage" className="rounded-lg border border-amber-200 bg-amber-50 p-4">
          <h2 id="facilitator-shortage" className="font-semibold text-amber-950">
            {facilitatorShortage.volunteers === 0 ? t("shortage.noneTitle") : t("shortage.fewerTitle", { volunteers: facilitatorShortage.volunteers, groups: facilitatorShortage.groups })}
          </h2>
          <p className="mt-1 text-sm text-amber-950">{facilitatorShortage.volunteers === 0 ? t("shortage.noneText") : t("shortage.fewerText")}</p>
          <div className="mt-3 flex flex-wrap gap-2">
            <ProposalButton action={allowRotatingAction} fields={{}} success={rerun}>
              {t("shortage.allowRotating")}
            </ProposalButton>
          </div>
        </section>
      )}
      {groups.length > 0 && (
        <ProposalList
          id="groups-heading"
          title={status === "published" ? t("publishedTitle") : t("groupsTitle")}
          hint={perGroup ? undefined : t("rotatingNote")}
          columns={2}
        >
          {groups.map((group) => (
            <ProposalItem key={group.id}>
              <div className="flex flex-wrap items-baseline justify-between gap-2">
                <h3 id={`group-${group.id}`} className="text-base font-semibold">
                  {group.name}
                  {status === "published" && group.status === "proposed" && <span className="ml-2 rounded bg-amber-100 px-2 py-0.5 text-sm font-normal text-amber-900">{t("newGroup")}</span>}
                </h3>
                <span className="text-sm text-stone-600">{t("memberCount", { count: group.members.length })}</span>
              </div>
              <dl className="mt-2 grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[max-content_1fr]">
                <dt className="font-medium text-stone-600">{t("meets")}</dt>
                <dd>{group.slot}</dd>
                <dt className="font-medium text-stone-600">{t("language")}</dt>
                <dd>{group.language}</dd>
                <dt className="font-medium text-stone-600">{t("departments")}</dt>
                <dd className="break-words">{group.departments.join(" · ")}</dd>
                {perGroup && (
                  <>
                    <dt className="font-medium text-stone-600">{t("facilitator")}</dt>
                    <dd className="break-words">{group.facilitator?.name ?? t("noFacilitator")}</dd>
                  </>
                )}
              </dl>
              <h4 className="mt-3 text-sm font-semibold">{t("members")}</h4>
              <ul className="mt-1 divide-y divide-stone-100">
                {group.members.map((member) => (
                  <li key={member.membershipId} className="flex flex-wrap items-center justify-between gap-2 py-2">
                    <span className="min-w-0 break-words">
                      {member.name} <span className="text-sm text-stone-600">· {member.department}</span>
                    </span>
                    {group.status === "proposed" && moveForm(member, group.id)}
                  </li>
                ))}
              </ul>
              {group.status === "proposed" && perGroup && (
                <ProposalForm
                  action={setFacilitatorAction}
                  success={saved}
                  submitLabel={t("facilitatorSave")}
                  submitName={t("facilitatorSaveName", { number: group.number })}
                  className="mt-3 flex flex-wrap items-end gap-2 border-t border-stone-100 pt-3"
                >
                  <input type="hidden" name="groupId" value={group.id} />
                  <div className="flex min-w-0 flex-col gap-1">
                    <label htmlFor={`facilitator-${group.id}`} className="text-sm font-medium">
                      {t("facilitatorLabel", { number: group.number })}
                    </label>
                    <select id={`facilitator-${group.id}`} name="membershipId" className={select} defaultValue={group.facilitator?.membershipId ?? ""}>
                      <option value="">{t("facilitatorNone")}</option>
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
      {status !== "none" && (
        <ProposalList
          id="unassigned-heading"
          title={status === "published" ? t("lateTitle") : t("unassignedTitle")}
          hint={status === "published" && unassigned.length > 0 ? t("lateHint") : undefined}
          emptyText={unassigned.length === 0 ? t("unassignedNone") : undefined}
        >
          {unassigned.map((person) => (
            <ProposalItem key={person.membershipId} compact>
              <strong className="min-w-0 break-words">{person.name}</strong>
              <ReasonList reasons={person.reasons} className="mt-1" />
              {remedies(person)}
            </ProposalItem>
          ))}
        </ProposalList>
      )}
    </>
  );
}
