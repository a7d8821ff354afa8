import { z } from "zod";
import { memberRoles } from "@/lib/members/fields";

export { inviteMemberSchema } from "@/lib/members/fields";

export const changeRoleSchema = z.object({ membershipId: z.uuid(), role: z.enum(memberRoles) });

export const membershipIdSchema = z.object({ membershipId: z.uuid() });

/** The list page's query string: anything unexpected falls back to the first page without a search. */
export const memberListQuerySchema = z.object({
  q: z.string().max(100).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).optional().catch(undefined),
});
