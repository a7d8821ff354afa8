"use client";

import { useLocale } from "next-intl";
import type { Topic } from "@/db/schema";

/** The organisation's topics as checkboxes, labelled in the reader's language. */
export function TopicChoices({ legend, topics, chosen }: { legend: string; topics: Topic[]; chosen: string[] }) {
  const locale = useLocale() === "en" ? "en" : "nl";
  return (
    <fieldset>
      <legend className="text-sm font-medium">{legend}</legend>
      <div className="mt-2 grid gap-2 sm:grid-cols-2">
        {topics.map((topic) => (
          <label key={topic.slug} className="flex items-center gap-2 text-sm">
            <input type="checkbox" name="topics[]" value={topic.slug} defaultChecked={chosen.includes(topic.slug)} className="size-4" />
            {topic.label[locale]}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
