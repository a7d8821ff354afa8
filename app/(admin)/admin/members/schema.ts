import { z } from "zod";
import { memberRoles } from "@/lib/members/fields";
import { queryPage, queryText } from "@/lib/validation/query";

export { inviteMemberSchema } from "@/lib/members/fields";

export const changeRoleSchema = z.object({ membershipId: z.uuid(), role: z.enum(memberRoles) });

export const membershipIdSchema = z.object({ membershipId: z.uuid() });

/** The list page's query string: anything unexpected (a NUL byte too) falls back to the first page without a search. */
export const memberListQuerySchema = z.object({ q: queryText(100), page: queryPage(10_000) });
