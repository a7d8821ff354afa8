import { closeDb, getDb } from "../db/client";
import { seedDemo } from "../db/seed";
import { demoPairGuides } from "../lib/conversations/demo-guides";
import { prepareDatabase } from "./prepare-database";

/** `npm run seed`: the demo organisation on DATABASE_URL (or the embedded database). */
async function main() {
  const { embedded } = await prepareDatabase();
  const { created } = await seedDemo(getDb(), { pairGuides: demoPairGuides() });
  console.log(created ? "[kring] demo organisation created" : "[kring] the demo organisation exists already: nothing to do");
  await closeDb();
  if (embedded) await embedded.stop();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
