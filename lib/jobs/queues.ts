/** Every queue the worker serves. A new job kind adds its name here and a handler in lib/registry/job-handlers.ts. */
export const queues = {
  sendEmail: "email.send",
  importMembers: "members.import",
  sessionRemind: "session.remind",
  mentoringSweep: "mentoring.sweep",
  insightsDigest: "insights.digest",
  codevSweep: "codev.sweep",
  purge: "maintenance.purge",
  tracksSweep: "tracks.sweep",
  chatSend: "chat.send",
  chatDigest: "chat.digest",
  programmeNews: "programme.news",
} as const;

/** Queues that pg-boss fills on a cron schedule (in UTC): the worker registers these when it starts. */
export const schedules: { queue: (typeof queues)[keyof typeof queues]; cron: string }[] = [
  // Deadlines and reminders are checked every minute; a sweep with nothing due costs two indexed queries.
  { queue: queues.mentoringSweep, cron: "* * * * *" },
  // The programme-health digest to admins: Monday morning (06:00 UTC, 07:00 or 08:00 in the Netherlands).
  { queue: queues.insightsDigest, cron: "0 6 * * 1" },
  // Case preparation, case ready and late, actions and feedback emails of co-development sessions.
  { queue: queues.codevSweep, cron: "* * * * *" },
  // Learning tracks' overdue steps: due weeks end at midnight, so a quarter of an hour late is soon enough.
  { queue: queues.tracksSweep, cron: "*/15 * * * *" },
  // The programme news digest to each organisation's Teams or Slack channel: Monday 07:00 UTC.
  { queue: queues.chatDigest, cron: "0 7 * * 1" },
  // Expired sign-ins, old sign-in links and rate-limit counters, at night.
  { queue: queues.purge, cron: "30 3 * * *" },
];

export const queueNames = Object.values(queues);
