import { getTranslations } from "next-intl/server";
import type { Programme } from "@/db/schema";

const tone: Record<Programme["status"], string> = {
  draft: "bg-stone-100 text-stone-800",
  open: "bg-green-100 text-green-900",
  matching: "bg-amber-100 text-amber-900",
  running: "bg-brand-50 text-brand-900",
  closed: "bg-stone-200 text-stone-700",
};

/** The same statuses for both kinds; co-development names them after groups rather than pairs. */
export async function ProgrammeStatusBadge({ status, kind = "mentoring" }: { status: Programme["status"]; kind?: Programme["kind"] }) {
  const t = await getTranslations(kind === "codevelopment" ? "codevAdmin.status" : "programmesAdmin.status");
  return <span className={`rounded-full px-2.5 py-0.5 text-sm font-medium ${tone[status]}`}>{t(status)}</span>;
}
