import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { FieldKey } from "@/lib/profiles/completeness";
import { codevRequiredProfileFields } from "@/lib/codevelopment/schemas";
import { requiredProfileFields } from "@/lib/mentoring/member-view";

/** What matching (or group formation) needs from the profile and does not have yet, with the way to fix it. */
export async function ProfileGaps({ gaps, kind = "mentoring" }: { gaps: FieldKey[]; kind?: "mentoring" | "codevelopment" }) {
  const [t, tc] = await Promise.all([getTranslations("enrolment.profile"), getTranslations("codevEnrolment.profile")]);
  if (gaps.length === 0) return null;
  const codev = kind === "codevelopment";
  const required = new Set<FieldKey>(codev ? codevRequiredProfileFields : requiredProfileFields);
  return (
    <section aria-labelledby="profile-gaps" className="rounded-lg border border-amber-300 bg-amber-50 p-5">
      <h2 id="profile-gaps" className="font-semibold text-amber-950">{codev ? tc("title") : t("title")}</h2>
      <p className="mt-1 text-sm text-amber-950">{codev ? tc("intro") : t("intro")}</p>
      <ul className="mt-2 list-disc pl-5 text-sm text-amber-950">
        {gaps.map((g) => (
          <li key={g}>
            {t(`field.${g}`)}
            {required.has(g) && <strong className="font-semibold"> — {t("required")}</strong>}
          </li>
        ))}
      </ul>
      <Link href="/profile" className="mt-3 inline-block font-medium text-brand-900 underline">{t("link")}</Link>
    </section>
  );
}
