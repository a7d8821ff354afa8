/** Every queue the worker serves. A new job kind adds its name here and a handler in lib/jobs/handlers.ts. */
export const queues = {
  sendEmail: "email.send",
  importMembers: "members.import",
  sessionRemind: "session.remind",
  mentoringSweep: "mentoring.sweep",
} as const;

/** Queues that pg-boss fills on a cron schedule (in UTC): the worker registers these when it starts. */
export const schedules: { queue: (typeof queues)[keyof typeof queues]; cron: string }[] = [
  // Deadlines and reminders are checked every minute; a sweep with nothing due costs two indexed queries.
  { queue: queues.mentoringSweep, cron: "* * * * *" },
];

export const queueNames = Object.values(queues);
