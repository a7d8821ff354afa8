// No "server-only": the worker reaches this through the mentoring sweep (lib/mentoring/round-input.ts).
import { and, eq, inArray, notInArray } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { programmes, type Programme } from "@/db/schema";
import { AppError } from "@/lib/errors";
import type { ProgrammeKind } from "./kind";

type Status = Programme["status"];

export type LockProgrammeOptions = {
  /** "update" makes changes to the programme run one at a time; "share" lets readers through together but makes a change (closing sign-up) wait for them. */
  mode: "update" | "share";
  kind?: ProgrammeKind;
  statuses?: readonly Status[];
  notStatuses?: readonly Status[];
};

/**
 * The one lock on a programme row: the row of the caller's organisation, locked, when it is of the given
 * kind and status; otherwise "not_found", the same answer as another organisation's programme.
 */
export async function lockProgramme(tx: Tx, scope: { organizationId: string }, programmeId: string, options: LockProgrammeOptions): Promise<Programme> {
  const [row] = await tx
    .select()
    .from(programmes)
    .where(
      and(
        eq(programmes.id, programmeId),
        eq(programmes.organizationId, scope.organizationId),
        options.kind ? eq(programmes.kind, options.kind) : undefined,
        options.statuses ? inArray(programmes.status, [...options.statuses]) : undefined,
        options.notStatuses ? notInArray(programmes.status, [...options.notStatuses]) : undefined,
      ),
    )
    .for(options.mode);
  if (!row) throw new AppError("not_found");
  return row;
}
