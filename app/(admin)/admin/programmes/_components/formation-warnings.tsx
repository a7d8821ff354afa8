import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { ReadinessWarning } from "@/lib/codevelopment/core/formation-readiness";

/** Before formation: why the sign-ups so far cannot make a valid group, and what to do (server-rendered). */
export async function FormationWarnings({ programmeId, warnings }: { programmeId: string; warnings: ReadinessWarning[] }) {
  if (warnings.length === 0) return null;
  const t = await getTranslations("codevGroups.readiness");
  const text = (warning: ReadinessWarning) => {
    switch (warning.code) {
      case "tooFewParticipants":
        return t("tooFewParticipants", { participants: warning.participants, min: warning.min });
      case "noFacilitator":
        return t("noFacilitator");
      case "fewFacilitators":
        return t("fewFacilitators", { facilitators: warning.facilitators, groups: warning.groups });
    }
  };
  return (
    <section aria-labelledby="readiness-heading" className="mt-4 max-w-2xl rounded-lg border border-amber-200 bg-amber-50 p-4 text-amber-950">
      <h2 id="readiness-heading" className="font-semibold">
        {t("title")}
      </h2>
      <ul className="mt-2 list-disc space-y-1 pl-5 text-sm">
        {warnings.map((warning) => (
          <li key={warning.code}>{text(warning)}</li>
        ))}
      </ul>
      <p className="mt-2 text-sm">
        <Link href={`/admin/programmes/${programmeId}/groups`} className="text-brand-700 underline">
          {t("toGroups")}
        </Link>{" "}
        ·{" "}
        <a href="#edit-heading" className="text-brand-700 underline">
          {t("toSettings")}
        </a>
      </p>
    </section>
  );
}
