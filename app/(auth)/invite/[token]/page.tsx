import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { findOpenInvitation } from "@/lib/members/accept-invitation";
import { isInvitationTokenShape } from "@/lib/members/invitation-token";
import { tokenSegment } from "@/lib/routing/segment";
import { Button, ButtonLink } from "@/app/_components/ui/button";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("invite"))("title"), referrer: "no-referrer" };
}

/**
 * The invitation link lands here and shows what it is for; only the button uses it up. Mail scanners open
 * links but do not press buttons (SECURITY.md rule 5), so a scanned invitation still works for the person.
 */
export default async function InvitationPage({ params }: { params: Promise<{ token: string }> }) {
  // A malformed or undecodable token is an unusable invitation like an expired one (the same page).
  const token = tokenSegment((await params).token, isInvitationTokenShape);
  const [t, invitation] = await Promise.all([getTranslations("invite"), token ? findOpenInvitation(token) : null]);
  if (!token || !invitation) {
    return (
      <>
        <h1 className="text-2xl font-semibold">{t("invalidTitle")}</h1>
        <p className="mt-3 text-stone-700">{t("invalidText")}</p>
        <ButtonLink href="/sign-in" className="mt-6">
          {t("signIn")}
        </ButtonLink>
      </>
    );
  }
  return (
    <>
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <p className="mt-3 text-stone-700">{t("text", { organization: invitation.organizationName })}</p>
      <p className="mt-3 text-stone-700">{t.rich("address", { email: invitation.email, strong: (chunks) => <strong className="[overflow-wrap:anywhere]">{chunks}</strong> })}</p>
      <form method="post" action={`/invite/${token}/accept`} className="mt-6">
        <Button type="submit" className="w-full">
          {t("accept")}
        </Button>
      </form>
    </>
  );
}
