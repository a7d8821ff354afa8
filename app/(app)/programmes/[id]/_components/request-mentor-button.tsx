"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/auth/action";
import { Button } from "@/app/_components/ui/button";
import { requestMentorAction } from "../../actions";

/** Asks one suggested mentor; the server re-checks the suggestion under the programme's lock. */
export function RequestMentorButton({ programmeId, mentorEnrolmentId, mentorName }: { programmeId: string; mentorEnrolmentId: string; mentorName: string }) {
  const t = useTranslations("selfSelect");
  const tRoot = useTranslations();
  const [state, action, pending] = useActionState<ActionResult | null, FormData>(requestMentorAction, null);
  const errorText = (key: string) => (key.includes(".") && tRoot.has(key) ? tRoot(key) : tRoot.has(`errors.${key}`) ? tRoot(`errors.${key}`) : tRoot("errors.invalid"));
  return (
    <form action={action} className="mt-4">
      <input type="hidden" name="programmeId" value={programmeId} />
      <input type="hidden" name="mentorEnrolmentId" value={mentorEnrolmentId} />
      <Button type="submit" disabled={pending}>
        {t("request", { name: mentorName })}
      </Button>
      <p aria-live="polite" className={`mt-2 text-sm ${state?.ok ? "text-teal-800" : "text-red-700"}`}>
        {state ? (state.ok ? t("requested") : errorText(state.error)) : null}
      </p>
    </form>
  );
}
