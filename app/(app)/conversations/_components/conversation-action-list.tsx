import { getTranslations } from "next-intl/server";
import { ActionButton } from "@/app/_components/ui/action-button";
import type { RecordAction } from "@/lib/conversations/record";
import { setConversationActionDoneAction } from "../actions";
import { dayFormatter } from "./dates";

const linkButton = "text-sm font-medium text-brand-700 underline hover:text-brand-900 disabled:opacity-60";

/** Actions of a conversation's record: what, who, by when; either of the two ticks one off, or opens it again. */
export async function ConversationActionList({ actions, meId, timeZone }: { actions: RecordAction[]; meId: string; timeZone: string }) {
  const [t, tClosing, { day }] = await Promise.all([getTranslations("conversations.action"), getTranslations("conversations.closing"), dayFormatter(timeZone)]);
  return (
    <ul className="mt-2 space-y-2">
      {actions.map((action) => {
        const owner = action.ownerName ? (action.ownerMembershipId === meId ? tClosing("ownerMe", { name: action.ownerName }) : action.ownerName) : t("together");
        return (
          <li key={action.id} className="rounded-md border border-stone-200 bg-white px-3 py-2">
            <p className={`break-words whitespace-pre-line ${action.done ? "text-stone-600 line-through" : ""}`}>{action.description}</p>
            <p className="text-sm text-stone-700">
              {owner} · {action.dueDate ? t("due", { date: day(action.dueDate) }) : t("noDue")}
              {action.done && ` · ${t("done")}`}
            </p>
            <div className="mt-1">
              <ActionButton
                action={setConversationActionDoneAction}
                area="conversations"
                fields={{ actionId: action.id, done: action.done ? "no" : "yes" }}
                label={action.done ? t("markOpen") : t("markDone")}
                className={linkButton}
              />
            </div>
          </li>
        );
      })}
    </ul>
  );
}
