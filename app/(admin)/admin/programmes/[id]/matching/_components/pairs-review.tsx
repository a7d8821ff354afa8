"use client";

import { useTranslations } from "next-intl";
import { ProposalItem, ProposalList, ReasonList } from "@/app/_components/ui/proposal-list";
import { ProposalButton } from "@/app/_components/ui/proposal-review";
import { breakMatchAction, pinMatchAction } from "../actions";
import { MentorSwapButton, MentorSwapPick, MentorSwapPicks } from "./mentor-swap-picks";

type Pair = { id: string; mentor: string; mentee: string; score: string; reasons: string[]; pinned: boolean };

type Props = { hasRun: boolean; editable: boolean; pairs: Pair[]; unmatched: Array<{ name: string; reasons: string[] }> };

/** The matching round's lists, inside the page's ProposalReview: the proposed pairs and the mentees without a mentor. */
export function PairsReview({ hasRun, editable, pairs, unmatched }: Props) {
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
            <ProposalItem key={u.name} compact>
              <strong>{u.name}</strong>
              <ReasonList reasons={u.reasons} className="mt-1" />
            </ProposalItem>
          ))}
        </ProposalList>
      )}
    </>
  );
}
