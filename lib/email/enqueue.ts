import { emailMessages } from "@/db/schema";
import type { Executor } from "@/db/client";
import type { AppLocale } from "@/lib/i18n/config";
import { bossDb, getProducer } from "@/lib/jobs/boss";
import { queues } from "@/lib/jobs/queues";
import { emailJobPriority } from "./priority";
import type { TemplateName, TemplateProps } from "./template-types";

export type EnqueueEmailOptions<T extends TemplateName> = {
  template: T;
  to: string;
  locale: AppLocale;
  props: TemplateProps<T>;
  /** What makes this message unique ("invitation:<id>"); the same key twice writes one message. */
  idempotencyKey: string;
  organizationId?: string | null;
};

/**
 * Writes the message and its job with the caller's handle, so that both commit or roll back with the
 * change that caused them. Emails never leave from a request: the worker renders and sends them.
 * Returns the message id, or null when a message with this idempotency key was already written.
 */
export async function enqueueEmail<T extends TemplateName>(executor: Executor, options: EnqueueEmailOptions<T>): Promise<string | null> {
  const [row] = await executor
    .insert(emailMessages)
    .values({
      organizationId: options.organizationId ?? null,
      template: options.template,
      locale: options.locale,
      toAddress: options.to,
      props: options.props as Record<string, unknown>,
      idempotencyKey: options.idempotencyKey,
    })
    .onConflictDoNothing({ target: emailMessages.idempotencyKey })
    .returning({ id: emailMessages.id });
  if (!row) return null;
  const boss = await getProducer();
  await boss.send(queues.sendEmail, { messageId: row.id }, { id: row.id, priority: emailJobPriority(options.template), db: bossDb(executor) });
  return row.id;
}
