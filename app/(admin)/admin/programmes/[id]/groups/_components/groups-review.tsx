"use client";

import { useTranslations } from "next-intl";
import { ProposalItem, ProposalList, ReasonList } from "@/app/_components/ui/proposal-list";
import { ProposalForm } from "@/app/_components/ui/proposal-review";
import { moveParticipantAction, setFacilitatorAction } from "../actions";

export type GroupCard = {
  id: string;
  number: number;
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
  unassigned: Array<{ membershipId: string; name: string; reasons: string[] }>;
  facilitators: Array<{ membershipId: string; name: string }>;
};

const select = "min-w-0 max-w-full rounded-md border border-stone-300 bg-white px-2 py-1.5 text-sm";

/**
 * The groups proposal's lists, inside the page's ProposalReview: rendered here from plain data, since
 * every person carries a form and the data is a fraction of the markup.
 */
export function GroupsReview({ status, perGroup, groups, unassigned, facilitators }: Props) {
  const t = useTranslations("codevGroups.admin");
  const editable = status === "proposed";
  const saved = t("saved");

  // Into another group, or (from a group) out of all of them; the server checks the rules.
  const moveForm = (person: { membershipId: string; name: string }, currentGroupId: string | null) => {
    const id = `move-${person.membershipId}`;
    const targets = groups.filter((g) => g.id !== currentGroupId);
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

  return (
    <>
      {status === "none" && <p className="text-stone-700">{t("none")}</p>}
      {groups.length > 0 && (
        <ProposalList
          id="groups-heading"
          title={status === "published" ? t("publishedTitle") : t("groupsTitle")}
          hint={perGroup ? undefined : t("rotatingNote")}
          columns={2}
          footer={editable && perGroup && facilitators.length === 0 && <p className="mt-3 text-stone-700">{t("noFacilitators")}</p>}
        >
          {groups.map((group) => (
            <ProposalItem key={group.id}>
              <div className="flex flex-wrap items-baseline justify-between gap-2">
                <h3 id={`group-${group.id}`} className="text-base font-semibold">
                  {group.name}
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
                    {editable && moveForm(member, group.id)}
                  </li>
                ))}
              </ul>
              {editable && perGroup && (
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
        <ProposalList id="unassigned-heading" title={t("unassignedTitle")} emptyText={unassigned.length === 0 ? t("unassignedNone") : undefined}>
          {unassigned.map((person) => (
            <ProposalItem key={person.membershipId} compact>
              <div className="flex flex-wrap items-center justify-between gap-2">
                <strong className="min-w-0 break-words">{person.name}</strong>
                {editable && groups.length > 0 && moveForm(person, null)}
              </div>
              <ReasonList reasons={person.reasons} className="mt-1" />
            </ProposalItem>
          ))}
        </ProposalList>
      )}
    </>
  );
}
