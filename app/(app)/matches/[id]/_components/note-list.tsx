import { getFormatter, getTranslations } from "next-intl/server";
import type { NoteView } from "@/lib/mentoring/pair/notes";
import { NOTE_MAX } from "@/lib/mentoring/schemas";
import { NoteForm } from "./note-form";

/** The pair's shared private notes, newest first, with author and time on the viewer's clock. */
export async function NoteList({ matchId, notes, editable, timeZone }: { matchId: string; notes: NoteView[]; editable: boolean; timeZone: string }) {
  const [t, format] = await Promise.all([getTranslations("pair.notes"), getFormatter()]);
  return (
    <section aria-labelledby="pair-notes" className="mt-8">
      <h2 id="pair-notes" className="text-lg font-semibold">
        {t("title")}
      </h2>
      <p className="mt-1 max-w-2xl text-stone-700">{t("intro")}</p>
      {editable && <NoteForm matchId={matchId} maxText={NOTE_MAX} />}
      {notes.length === 0 ? (
        <p className="mt-3 text-stone-700">{t("empty")}</p>
      ) : (
        <ul className="mt-4 space-y-3">
          {notes.map((note) => (
            <li key={note.id} className="min-w-0 rounded-lg border border-stone-200 bg-white p-4">
              <p className="text-sm text-stone-600">
                <span className="font-medium text-stone-800">{note.mine ? t("you") : (note.authorName ?? t("formerMember"))}</span>
                {" · "}
                <time dateTime={note.createdAt.toISOString()}>
                  {format.dateTime(note.createdAt, { day: "numeric", month: "long", year: "numeric", hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZone })}
                </time>
              </p>
              <p className="mt-1 break-words whitespace-pre-line">{note.body}</p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
