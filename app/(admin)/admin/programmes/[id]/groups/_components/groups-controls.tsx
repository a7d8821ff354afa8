"use client";

import { useState, useTransition } from "react";
import { useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/auth/action";
import { formGroupsAction, moveParticipantAction, publishGroupsAction, setFacilitatorAction } from "../actions";

export type GroupCard = {
  id: string;
  number: number;
  slot: string;
  language: string;
  departments: string[];
  members: Array<{ membershipId: string; name: string; department: string }>;
  facilitator: { membershipId: string; name: string } | null;
};

type Props = {
  programmeId: string;
  status: "none" | "proposed" | "published";
  perGroup: boolean;
  groups: GroupCard[];
  unassigned: Array<{ membershipId: string; name: string; reasons: string[] }>;
  facilitators: Array<{ membershipId: string; name: string }>;
};
type Action = (previous: ActionResult | null, data: FormData) => Promise<ActionResult>;

const button = "rounded-md border border-stone-300 px-3 py-1.5 text-sm hover:bg-stone-50 disabled:opacity-50";
const primary = "rounded-md bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-900 disabled:opacity-50";
const select = "min-w-0 max-w-full rounded-md border border-stone-300 bg-white px-2 py-1.5 text-sm";

/** The proposal's controls: every change goes through a server action that re-checks the role and the rules. */
export function GroupsControls({ programmeId, status, perGroup, groups, unassigned, facilitators }: Props) {
  const t = useTranslations("codevGroups");
  const tRoot = useTranslations();
  const [pending, startTransition] = useTransition();
  const [running, setRunning] = useState(false);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [confirming, setConfirming] = useState(false);
  const editable = status === "proposed";

  // Refusals come back as "codevGroups.…" keys (naming the rule) or as a key of the shared "errors" messages.
  const errorText = (key: string) => tRoot(key.includes(".") ? key : `errors.${key}`);
  const call = (action: Action, fields: Record<string, string>, success: string, isRun = false) =>
    startTransition(async () => {
      setRunning(isRun);
      const data = new FormData();
      for (const [key, value] of Object.entries({ programmeId, ...fields })) data.append(key, value);
      const result = await action(null, data);
      setRunning(false);
      setConfirming(false);
      setMessage(result.ok ? { ok: true, text: success } : { ok: false, text: errorText(result.error) });
    });
  const submit = (action: Action, success: string) => (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const fields = Object.fromEntries([...new FormData(event.currentTarget)].map(([key, value]) => [key, String(value)]));
    call(action, fields, success);
  };
  const groupName = (number: number) => t("groupName", { number });

  const moveForm = (person: { membershipId: string; name: string }, currentGroupId: string | null) => {
    const id = `move-${person.membershipId}`;
    return (
      <form onSubmit={submit(moveParticipantAction, t("admin.saved"))} className="flex flex-wrap items-center gap-2">
        <input type="hidden" name="membershipId" value={person.membershipId} />
        <label htmlFor={id} className="sr-only">
          {t("admin.moveLabel", { name: person.name })}
        </label>
        <select id={id} name="toGroupId" className={select} defaultValue={groups.find((g) => g.id !== currentGroupId)?.id ?? ""}>
          {groups
            .filter((g) => g.id !== currentGroupId)
            .map((g) => (
              <option key={g.id} value={g.id}>
                {groupName(g.number)}
              </option>
            ))}
          {currentGroupId !== null && <option value="">{t("admin.outside")}</option>}
        </select>
        <button type="submit" className={button} disabled={pending} aria-label={t("admin.moveButtonName", { name: person.name })}>
          {t("admin.moveButton")}
        </button>
      </form>
    );
  };

  return (
    <div className="mt-6 space-y-8">
      <div className="flex flex-wrap items-center gap-3">
        {status !== "published" && (
          <button type="button" className={primary} disabled={pending} aria-busy={running} onClick={() => call(formGroupsAction, {}, t("admin.saved"), true)}>
            {running ? t("admin.running") : status === "proposed" ? t("admin.rerun") : t("admin.run")}
          </button>
        )}
        {running && <span aria-hidden className="h-5 w-5 animate-spin rounded-full border-2 border-brand-700 border-t-transparent" />}
        <div aria-live="polite" className="min-w-0">
          {message && <p className={message.ok ? "text-brand-900" : "font-medium text-red-700"}>{message.text}</p>}
        </div>
      </div>
      {status === "none" && <p className="text-stone-700">{t("admin.none")}</p>}

      {groups.length > 0 && (
        <section aria-labelledby="groups-heading">
          <h2 id="groups-heading" className="text-lg font-semibold">
            {status === "published" ? t("admin.publishedTitle") : t("admin.groupsTitle")}
          </h2>
          {!perGroup && <p className="mt-1 text-sm text-stone-600">{t("admin.rotatingNote")}</p>}
          <ul className="mt-3 grid gap-4 lg:grid-cols-2">
            {groups.map((group) => (
              <li key={group.id} className="min-w-0 rounded-lg border border-stone-200 bg-white p-4">
                <div className="flex flex-wrap items-baseline justify-between gap-2">
                  <h3 id={`group-${group.id}`} className="text-base font-semibold">
                    {groupName(group.number)}
                  </h3>
                  <span className="text-sm text-stone-600">{t("admin.memberCount", { count: group.members.length })}</span>
                </div>
                <dl className="mt-2 grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[max-content_1fr]">
                  <dt className="font-medium text-stone-600">{t("admin.meets")}</dt>
                  <dd>{group.slot}</dd>
                  <dt className="font-medium text-stone-600">{t("admin.language")}</dt>
                  <dd>{group.language}</dd>
                  <dt className="font-medium text-stone-600">{t("admin.departments")}</dt>
                  <dd className="break-words">{group.departments.join(" · ")}</dd>
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
                        {member.name} <span className="text-sm text-stone-600">· {member.department}</span>
                      </span>
                      {editable && moveForm(member, group.id)}
                    </li>
                  ))}
                </ul>
                {editable && perGroup && (
                  <form onSubmit={submit(setFacilitatorAction, t("admin.saved"))} className="mt-3 flex flex-wrap items-end gap-2 border-t border-stone-100 pt-3">
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
                    <button type="submit" className={button} disabled={pending} aria-label={t("admin.facilitatorSaveName", { number: group.number })}>
                      {t("admin.facilitatorSave")}
                    </button>
                  </form>
                )}
              </li>
            ))}
          </ul>
          {editable && perGroup && facilitators.length === 0 && <p className="mt-3 text-stone-700">{t("admin.noFacilitators")}</p>}
        </section>
      )}

      {status !== "none" && (
        <section aria-labelledby="unassigned-heading">
          <h2 id="unassigned-heading" className="text-lg font-semibold">
            {t("admin.unassignedTitle")}
          </h2>
          {unassigned.length === 0 ? (
            <p className="mt-2 text-stone-700">{t("admin.unassignedNone")}</p>
          ) : (
            <ul className="mt-3 space-y-2">
              {unassigned.map((person) => (
                <li key={person.membershipId} className="rounded-lg border border-stone-200 bg-white p-3">
                  <div className="flex flex-wrap items-center justify-between gap-2">
                    <strong className="min-w-0 break-words">{person.name}</strong>
                    {editable && groups.length > 0 && moveForm(person, null)}
                  </div>
                  <ul className="mt-1 list-disc pl-5 text-sm text-stone-700">
                    {person.reasons.map((reason) => (
                      <li key={reason}>{reason}</li>
                    ))}
                  </ul>
                </li>
              ))}
            </ul>
          )}
        </section>
      )}

      {editable && (
        <section className="rounded-lg border border-brand-100 bg-brand-50 p-4">
          {confirming ? (
            <div className="space-y-3">
              <p>{t("admin.publishConfirm", { count: groups.length })}</p>
              <div className="flex flex-wrap gap-2">
                <button type="button" className={primary} disabled={pending} onClick={() => call(publishGroupsAction, {}, t("admin.publishedOk"))}>
                  {t("admin.publishYes")}
                </button>
                <button type="button" className={button} onClick={() => setConfirming(false)}>
                  {t("admin.cancel")}
                </button>
              </div>
            </div>
          ) : (
            <button type="button" className={primary} onClick={() => setConfirming(true)}>
              {t("admin.publish")}
            </button>
          )}
        </section>
      )}
    </div>
  );
}
