import { handleChatDigest } from "@/lib/chat/digest-job";
import { handleProgrammeNews } from "@/lib/chat/programme-news";
import { sendChatNoticeJob } from "@/lib/chat/send-job";
import { codevSweepJob } from "@/lib/codevelopment/notices/sweep-job";
import { sendEmailJob } from "@/lib/email/send-email-job";
import { handleInsightsDigest } from "@/lib/insights/digest-job";
import type { JobHandlers } from "@/lib/jobs/job-types";
import { emailBatchSize } from "@/lib/jobs/queue-options";
import { queues } from "@/lib/jobs/queues";
import { handlePurge } from "@/lib/maintenance/purge-job";
import { handleImportMembers } from "@/lib/members/import-job";
import { mentoringSweepJob } from "@/lib/mentoring/sweep-job";
import { handleSessionReminder } from "@/lib/scheduling/remind-session";
import { tracksSweepJob } from "@/lib/tracks/sweep-job";
import { renderStoredEmail } from "./email-templates";

// The composition root of the job worker: the one module that imports every domain's handler. Each process
// that runs a worker passes this map to startWorker (scripts/worker.ts, instrumentation.ts in the embedded
// mode). A new job kind adds its queue name in lib/jobs/queues.ts and its handler here; the record type
// makes a missing handler a type error.

export const jobHandlers: JobHandlers = {
  // Reminders come in bursts: five per poll every second keeps up without hammering the provider.
  [queues.sendEmail]: { handle: sendEmailJob(renderStoredEmail), batchSize: emailBatchSize(), pollingIntervalSeconds: 1 },
  // One import per poll: each holds one long transaction.
  [queues.importMembers]: { handle: handleImportMembers, batchSize: 1, pollingIntervalSeconds: 1 },
  // A reminder only writes its emails (the email queue sends them), so a batch per poll is cheap.
  [queues.sessionRemind]: { handle: handleSessionReminder, batchSize: 10, pollingIntervalSeconds: 5 },
  // One sweep at a time; the cron adds one a minute.
  [queues.mentoringSweep]: { handle: mentoringSweepJob, batchSize: 1, pollingIntervalSeconds: 5 },
  // Once a week; one digest run at a time.
  [queues.insightsDigest]: { handle: handleInsightsDigest, batchSize: 1, pollingIntervalSeconds: 30 },
  [queues.codevSweep]: { handle: codevSweepJob, batchSize: 1, pollingIntervalSeconds: 5 },
  // Once a night; deletes in three statements.
  [queues.purge]: { handle: handlePurge, batchSize: 1, pollingIntervalSeconds: 30 },
  // Every quarter of an hour; one sweep at a time.
  [queues.tracksSweep]: { handle: tracksSweepJob, batchSize: 1, pollingIntervalSeconds: 30 },
  // Posts to Teams and Slack webhooks; a few per poll (Teams throttles above four a second per webhook).
  [queues.chatSend]: { handle: sendChatNoticeJob(), batchSize: 3, pollingIntervalSeconds: 2 },
  // Once a week; one digest run at a time.
  [queues.chatDigest]: { handle: handleChatDigest, batchSize: 1, pollingIntervalSeconds: 30 },
  // A programme's sign-up emails: one run per opening.
  [queues.programmeNews]: { handle: handleProgrammeNews, batchSize: 1, pollingIntervalSeconds: 5 },
};
