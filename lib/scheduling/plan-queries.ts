import "server-only";
import { and, asc, eq, ilike, inArray, or } from "drizzle-orm";
import { memberships, organizations } from "@/db/schema";
import { AppError } from "@/lib/errors";
import type { PlainDate } from "@/lib/scheduling/time/local-date";
import { rankSlots } from "@/lib/scheduling/time/slots";
import { withActor, type MemberScope } from "@/lib/auth/actor";

export type PlannableMember = { membershipId: string; name: string; department: string | null; timeZone: string; hasAvailability: boolean };

export type ProposedSlot = {
  startsAt: string;
  localDate: PlainDate;
  localTime: string;
  everyone: boolean;
  available: string[];
  unavailable: string[];
};

export type SlotProposal = { slots: ProposedSlot[]; withoutAvailability: string[] };

const MAX_SEARCH_RESULTS = 8;
const MAX_SLOTS = 12;

/** `%` and `_` typed by a person are letters, not wildcards. */
function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** Active members of the planner's organisation by name, email or department, a handful at a time. */
export async function searchPlannableMembers(scope: MemberScope, query: string): Promise<PlannableMember[]> {
  const text = query.trim();
  if (text.length < 2) return [];
  return withActor(scope, "sessions.schedule", async (tx, actor) => {
    const rows = await tx
      .select({
        membershipId: memberships.id,
        name: memberships.name,
        department: memberships.department,
        memberTimeZone: memberships.timeZone,
        organizationTimeZone: organizations.timeZone,
        availability: memberships.availability,
      })
      .from(memberships)
      .innerJoin(organizations, eq(organizations.id, memberships.organizationId))
      .where(
        and(
          eq(memberships.organizationId, actor.organizationId),
          eq(memberships.status, "active"),
          or(ilike(memberships.name, likePattern(text)), ilike(memberships.email, likePattern(text)), ilike(memberships.department, likePattern(text))),
        ),
      )
      .orderBy(asc(memberships.name), asc(memberships.id))
      .limit(MAX_SEARCH_RESULTS);
    return rows.map((r) => ({
      membershipId: r.membershipId,
      name: r.name,
      department: r.department,
      timeZone: r.memberTimeZone ?? r.organizationTimeZone,
      hasAvailability: r.availability.length > 0,
    }));
  });
}

export type ProposeSlotsInput = { membershipIds: string[]; weekStart: PlainDate; durationMinutes: number; timeZone: string };

/**
 * The best slots of one week for a set of members, each slot in the series' zone with the names of who can
 * and who cannot make it. Members without any availability cannot make any slot; they are named apart so
 * that the planner can ask them to fill it in.
 */
export async function proposeSlots(scope: MemberScope, input: ProposeSlotsInput): Promise<SlotProposal> {
  return withActor(scope, "sessions.schedule", async (tx, actor) => {
    const rows = await tx
      .select({ id: memberships.id, name: memberships.name, timeZone: memberships.timeZone, availability: memberships.availability, organizationTimeZone: organizations.timeZone })
      .from(memberships)
      .innerJoin(organizations, eq(organizations.id, memberships.organizationId))
      .where(and(eq(memberships.organizationId, actor.organizationId), eq(memberships.status, "active"), inArray(memberships.id, input.membershipIds)))
      .orderBy(asc(memberships.name));
    if (rows.length !== new Set(input.membershipIds).size) throw new AppError("invalid", { message: "participants" });
    const people = rows.map((r) => ({ id: r.id, timeZone: r.timeZone ?? r.organizationTimeZone, availability: r.availability }));
    const names = new Map(rows.map((r) => [r.id, r.name]));
    const slots = rankSlots({ referenceZone: input.timeZone, weekStart: input.weekStart, durationMinutes: input.durationMinutes, people }).slice(0, MAX_SLOTS);
    return {
      slots: slots.map((s) => ({
        startsAt: s.startsAt.toISOString(),
        localDate: s.localDate,
        localTime: s.localTime,
        everyone: s.everyone,
        available: s.available.map((id) => names.get(id) ?? ""),
        unavailable: s.unavailable.map((id) => names.get(id) ?? ""),
      })),
      withoutAvailability: rows.filter((r) => r.availability.length === 0).map((r) => r.name),
    };
  });
}
