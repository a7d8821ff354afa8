import { getTranslations } from "next-intl/server";
import type { CaseContent as Content } from "@/lib/codevelopment/cases";

const fields = ["context", "tried", "question", "helpWanted"] as const;

/** The case as the group reads it: its title, then each part under its own heading. */
export async function CaseContent({ content, headingLevel = 2 }: { content: Content; headingLevel?: 2 | 3 }) {
  const t = await getTranslations("codevSessions.case.fields");
  const Title = headingLevel === 2 ? "h2" : "h3";
  const Part = headingLevel === 2 ? "h3" : "h4";
  return (
    <article className="space-y-4">
      <Title className="break-words text-xl font-semibold">{content.title}</Title>
      {fields.map((field) =>
        content[field] ? (
          <section key={field}>
            <Part className="font-medium text-stone-700">{t(field)}</Part>
            <p className={`mt-1 break-words whitespace-pre-line ${field === "question" ? "border-l-4 border-brand-500 pl-3 font-medium" : ""}`}>{content[field]}</p>
          </section>
        ) : null,
      )}
    </article>
  );
}
