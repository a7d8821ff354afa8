import { getTranslations } from "next-intl/server";
import { signOutAction } from "./shell-actions";

export async function SignOutButton() {
  const t = await getTranslations("common");
  return (
    <form action={signOutAction}>
      <button type="submit" className="rounded-md border border-stone-300 px-3 py-1.5 hover:bg-stone-100">
        {t("signOut")}
      </button>
    </form>
  );
}
