/** Every queue the worker serves. A new job kind adds its name here and a handler in lib/jobs/handlers.ts. */
export const queues = {
  sendEmail: "email.send",
  importMembers: "members.import",
  sessionRemind: "session.remind",
} as const;

export const queueNames = Object.values(queues);
