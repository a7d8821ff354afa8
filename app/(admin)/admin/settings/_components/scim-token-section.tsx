import { ClientMessages } from "@/app/_components/client-messages";
import { actorScopeOf } from "@/lib/auth/actor";
import { requirePageMember } from "@/lib/auth/session";
import { appLink } from "@/lib/env";
import { getScimTokenStatus } from "@/lib/scim/tokens";
import { ScimTokenPanel } from "./scim-token-panel";

/** Organisation settings: the SCIM token that lets Entra ID or Okta provision this organisation's members. */
export async function ScimTokenSection() {
  const ctx = await requirePageMember("organization.settings");
  const status = await getScimTokenStatus(actorScopeOf(ctx));
  return (
    <ClientMessages namespaces={["scim.settings"]}>
      <ScimTokenPanel
        baseUrl={appLink("/scim/v2")}
        initial={status && { ...status, createdAt: status.createdAt.toISOString(), lastUsedAt: status.lastUsedAt?.toISOString() ?? null }}
      />
    </ClientMessages>
  );
}
