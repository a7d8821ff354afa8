// No "server-only": the worker writes the emails (queue "programme.news"), requests write the notice.
import { and, eq } from "drizzle-orm";
import { z } from "zod";
import type { Tx } from "@/db/client";
import { programmes } from "@/db/schema";
import { withTenant } from "@/db/tenant";
import { enqueueEmail } from "@/lib/email/enqueue";
import { appLink } from "@/lib/env";
import { bossDb, getProducer } from "@/lib/jobs/boss";
import { deterministicJobId } from "@/lib/jobs/ids";
import { queues } from "@/lib/jobs/queues";
import { noteOrganization } from "@/lib/ops/request-context";
import { enqueueChatNotice } from "./enqueue";
import { programmeNewsEmailRecipients } from "./preferences";

// Programme news: what everyone in the organisation may hear about (a programme opening for sign-up, its
// groups or pairs published). It goes to the organisation's channel, and by email to the members who want it.

async function readProgramme(tx: Tx, organizationId: string, programmeId: string) {
  const [programme] = await tx
    .select({ name: programmes.name, kind: programmes.kind, status: programmes.status, closesAt: programmes.signupClosesAt })
    .from(programmes)
    .where(and(eq(programmes.id, programmeId), eq(programmes.organizationId, organizationId)));
  return programme ?? null;
}

/**
 * A programme opened for sign-up: the channel notice and the job that writes the emails, in the caller's
 * transaction (the status change). The emails are written by the worker: an organisation of thousands would
 * otherwise hold the admin's click for as many inserts.
 */
export async function announceSignupOpen(tx: Tx, organizationId: string, programmeId: string): Promise<void> {
  const programme = await readProgramme(tx, organizationId, programmeId);
  if (!programme) return;
  await enqueueChatNotice(tx, {
    organizationId,
    notice: "signupOpen",
    props: { programmeName: programme.name, programmeKind: programme.kind, closesAt: programme.closesAt?.toISOString() ?? null, url: appLink(`/programmes/${programmeId}`) },
    idempotencyKey: `signup-open:${programmeId}`,
  });
  const boss = await getProducer();
  await boss.send(queues.programmeNews, { organizationId, programmeId }, { id: deterministicJobId(`signup-open-emails:${programmeId}`), db: bossDb(tx) });
}

export const programmeNewsPayloadSchema = z.object({ organizationId: z.uuid(), programmeId: z.uuid() });

/**
 * Queue "programme.news": one sign-up email per member who gets programme news by email, in their language.
 * Safe to run again: each email's key is per programme and member. A programme no longer open (closed or
 * archived before the job ran) sends nothing stale.
 */
export async function handleProgrammeNews(job: { data: unknown }): Promise<void> {
  const { organizationId, programmeId } = programmeNewsPayloadSchema.parse(job.data);
  noteOrganization(organizationId);
  await withTenant({ organizationId }, async (tx) => {
    const programme = await readProgramme(tx, organizationId, programmeId);
    if (!programme || programme.status !== "open") return;
    const url = appLink(`/programmes/${programmeId}`);
    for (const reader of await programmeNewsEmailRecipients(tx, organizationId)) {
      await enqueueEmail(tx, {
        template: "programme-signup-open",
        to: reader.email,
        locale: reader.locale,
        organizationId,
        idempotencyKey: `programme-signup-open:${programmeId}:${reader.membershipId}`,
        props: { url, programmeName: programme.name[reader.locale], programmeKind: programme.kind, closesAt: programme.closesAt?.toISOString() ?? null, timeZone: reader.timeZone },
      });
    }
  });
}

/** Groups of a co-development programme published: counts only, never who is in which group. */
export async function announceGroupsPublished(tx: Tx, options: { organizationId: string; programmeId: string; groupIds: string[]; participants: number }): Promise<void> {
  const programme = await readProgramme(tx, options.organizationId, options.programmeId);
  if (!programme || options.groupIds.length === 0) return;
  await enqueueChatNotice(tx, {
    organizationId: options.organizationId,
    notice: "groupsPublished",
    props: { programmeName: programme.name, groups: options.groupIds.length, participants: options.participants, url: appLink("/groups") },
    // One notice per publication: a later round publishes other groups.
    idempotencyKey: `groups-published:${options.programmeId}:${[...options.groupIds].sort()[0]}`,
  });
}

/** A mentoring round published: the number of requests sent to mentors, never who. */
export async function announcePairsPublished(tx: Tx, options: { organizationId: string; programmeId: string; runId: string; pairs: number }): Promise<void> {
  const programme = await readProgramme(tx, options.organizationId, options.programmeId);
  if (!programme || options.pairs === 0) return;
  await enqueueChatNotice(tx, {
    organizationId: options.organizationId,
    notice: "pairsPublished",
    props: { programmeName: programme.name, pairs: options.pairs, url: appLink("/matches") },
    idempotencyKey: `pairs-published:${options.runId}`,
  });
}
