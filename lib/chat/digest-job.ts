import { now } from "@/lib/clock";
import { writeChatDigests } from "./digest";

/** Queue "chat.digest": the weekly cron's tick carries no data; the digest reads the clock itself. */
export async function handleChatDigest(): Promise<void> {
  await writeChatDigests(now());
}
