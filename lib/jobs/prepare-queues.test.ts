import { expect, it } from "vitest";
import { prepareQueues } from "./boss";

// Every process prepares the queues when it starts (two workers, a worker and the app); PostgreSQL refuses
// concurrent GRANTs on one object, which once stopped a worker of the multi-instance test from starting.
it("prepares the queues from several processes starting at once", { timeout: 60_000 }, async () => {
  await expect(Promise.all(Array.from({ length: 6 }, () => prepareQueues()))).resolves.toHaveLength(6);
});
