import { prepareDatabase } from "./prepare-database";

/** `npm run migrate`: applies the migrations and the job queue's schema (production deploy step). */
prepareDatabase()
  .then(async ({ embedded }) => {
    console.log("[kring] database is up to date");
    if (embedded) await embedded.stop();
  })
  .catch((error) => {
    console.error(error);
    process.exit(1);
  });
