"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { ProposalItem, ProposalList, ReasonList } from "@/app/_components/ui/proposal-list";
import { ProposalButton, ProposalForm } from "@/app/_components/ui/proposal-review";
import { breakMatchAction, pairByHandAction, pinMatchAction } from "../actions";
import { MentorSwapButton, MentorSwapPick, MentorSwapPicks } from "./mentor-swap-picks";

type Pair = { id: string; mentor: string; mentee: string; score: string; reasons: string[]; pinned: boolean };

type Unmatched = { enrolmentId: string; name: string; reasons: string[]; candidates: Array<{ enrolmentId: string; name: string }> };

type Props = { hasRun: boolean; editable: boolean; pairs: Pair[]; unmatched: Unmatched[]; settingsHref: string };

/** The matching round's lists, inside the page's ProposalReview: the proposed pairs and the mentees without a mentor. */
export function PairsReview({ hasRun, editable, pairs, unmatched, settingsHref }: Props) {
  const t = useTranslations("mentoring.proposal");
  const saved = t("saved");
  return (
    <>
      {!hasRun && <p className="text-stone-700">{t("none")}</p>}
      {pairs.length > 0 && (
        <MentorSwapPicks>
          <ProposalList id="pairs-heading" title={t("pairs")} hint={editable ? t("swapHint") : undefined} footer={editable && <MentorSwapButton label={t("swap")} success={saved} />}>
            {pairs.map((pair) => (
              <ProposalItem key={pair.id}>
                <div className="flex flex-wrap items-baseline justify-between gap-2">
                  <p>
                    <span className="text-sm text-stone-600">{t("mentor")}</span> <strong>{pair.mentor}</strong> ·{" "}
                    <span className="text-sm text-stone-600">{t("mentee")}</span> <strong>{pair.mentee}</strong>
                  </p>
                  <p className="text-sm font-medium">
                    {t("score", { score: pair.score })}
                    {pair.pinned && <span className="ml-2 rounded bg-amber-100 px-2 py-0.5 text-amber-900">{t("pinned")}</span>}
                  </p>
                </div>
                <ReasonList reasons={pair.reasons} />
                {editable && (
                  <div className="mt-3 flex flex-wrap items-center gap-2">
                    <ProposalButton action={pinMatchAction} fields={{ matchId: pair.id, pinned: String(!pair.pinned) }} success={saved}>
                      {pair.pinned ? t("unpin") : t("pin")}
                    </ProposalButton>
                    <ProposalButton action={breakMatchAction} fields={{ matchId: pair.id }} success={saved}>
                      {t("break")}
                    </ProposalButton>
                    <MentorSwapPick matchId={pair.id} label={t("swapPick")} />
                  </div>
                )}
              </ProposalItem>
            ))}
          </ProposalList>
        </MentorSwapPicks>
      )}
      {hasRun && (
        <ProposalList id="unmatched-heading" title={t("unmatchedTitle")} emptyText={unmatched.length === 0 ? t("unmatchedNone") : undefined}>
          {unmatched.map((u) => (
            <ProposalItem key={u.enrolmentId} compact>
              <strong className="break-words">{u.name}</strong>
              <ReasonList reasons={u.reasons} className="mt-1" />
              {/* What the admin can do: pair them by hand with a mentor who may take them, or widen a rule. */}
              <div className="mt-2 flex flex-wrap items-center gap-2">
                <span className="text-sm font-medium text-stone-700">{t("whatYouCanDo")}</span>
                {editable && u.candidates.length > 0 && (
                  <ProposalForm action={pairByHandAction} success={saved} submitLabel={t("pairByHand")} submitName={t("pairByHandName", { name: u.name })} className="flex flex-wrap items-center gap-2">
                    <input type="hidden" name="menteeEnrolmentId" value={u.enrolmentId} />
                    <label htmlFor={`pair-${u.enrolmentId}`} className="text-sm">
                      {t("pairWith", { name: u.name })}
                    </label>
                    <select id={`pair-${u.enrolmentId}`} name="mentorEnrolmentId" className="min-w-0 max-w-full rounded-md border border-stone-300 bg-white px-2 py-1.5 text-sm">
                      {u.candidates.map((c) => (
                        <option key={c.enrolmentId} value={c.enrolmentId}>
                          {c.name}
                        </option>
                      ))}
                    </select>
                  </ProposalForm>
                )}
                {editable && u.candidates.length === 0 && <span className="text-sm text-stone-700">{t("noCandidate")}</span>}
                <Link href={settingsHref} className="text-sm text-brand-700 underline">
                  {t("changeRules")}
                </Link>
              </div>
            </ProposalItem>
          ))}
        </ProposalList>
      )}
    </>
  );
}
