import { describe, expect, it } from "vitest";
import { queues } from "./queues";
import { parseQueueList } from "./worker";

describe("parseQueueList (KRING_WORKER_QUEUES)", () => {
  it("serves every queue when unset or empty, and the listed ones otherwise", () => {
    expect(parseQueueList(undefined)).toBeUndefined();
    expect(parseQueueList(" , ")).toBeUndefined();
    expect(parseQueueList(` ${queues.sendEmail} ,${queues.purge}`)).toEqual([queues.sendEmail, queues.purge]);
  });

  it("refuses a name it does not know, rather than start a worker that serves nothing", () => {
    expect(() => parseQueueList(`${queues.sendEmail},email.sned`)).toThrow(/unknown queue\(s\): email\.sned/);
  });
});
