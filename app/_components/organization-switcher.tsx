import { getTranslations } from "next-intl/server";
import type { MembershipSummary } from "@/lib/auth/session";
import { switchOrganizationAction } from "./shell-actions";

export async function OrganizationSwitcher({ memberships, currentOrganizationId }: { memberships: MembershipSummary[]; currentOrganizationId: string }) {
  const t = await getTranslations("common");
  const current = memberships.find((m) => m.organizationId === currentOrganizationId);
  if (memberships.length < 2) return <span className="font-medium text-stone-700">{current?.organizationName}</span>;
  return (
    <form action={switchOrganizationAction} className="flex items-center gap-1">
      <label htmlFor="organization-switch" className="sr-only">
        {t("organization.switch")}
      </label>
      <select id="organization-switch" name="organizationId" defaultValue={currentOrganizationId} className="max-w-56 rounded-md border border-stone-300 bg-white px-2 py-1.5">
        {memberships.map((m) => (
          <option key={m.organizationId} value={m.organizationId}>
            {m.organizationName}
          </option>
        ))}
      </select>
      <button type="submit" className="rounded-md border border-stone-300 px-2 py-1.5 hover:bg-stone-100">
        {t("organization.go")}
      </button>
    </form>
  );
}
