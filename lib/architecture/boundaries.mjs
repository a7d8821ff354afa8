// The lines between layers, as eslint rules (read by eslint.config.mjs and by lib/architecture's test).
//
// A pure core holds logic only: no database, no framework, no I/O, and no lib folder that is not itself a
// core, so that it runs the same in a page, the worker, the command line and a unit test. db/ sits below
// lib/: the schema and the tenant transaction know nothing of the domain. Import circles are
// dependency-cruiser's check (.dependency-cruiser.cjs), which also counts type-only imports.

/** The folders whose files are pure cores. */
export const coreFolders = [
  "lib/matching",
  "lib/scheduling/time",
  "lib/codevelopment/core",
  "lib/mentoring/core",
  "lib/conversations/core",
  "lib/tracks/core",
  "lib/chat/core",
  "lib/scim/core",
  "lib/validation",
];

/** What a core may not import: the database, the framework, the mail and job machinery, Node's I/O. */
const ioPackages = [
  "drizzle-orm",
  "drizzle-orm/*",
  "postgres",
  "pg-boss",
  "next",
  "next/*",
  "next-auth",
  "next-auth/*",
  "next-intl",
  "next-intl/*",
  "@auth/*",
  "server-only",
  "react",
  "react-dom",
  "react/*",
  "@react-email/*",
  "resend",
  "pino",
  "papaparse",
  "node:fs",
  "node:fs/*",
  "node:net",
  "node:http",
  "node:child_process",
  "fs",
  "child_process",
];

const escape = (text) => text.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
/** "@/lib/..." that does not lead into a core folder. */
const nonCoreLib = `^@/lib/(?!(${coreFolders.map((folder) => escape(folder.slice(4))).join("|")})(/|$))`;

export const boundaries = [
  {
    name: "kring/pure-cores",
    files: coreFolders.map((folder) => `${folder}/**/*.{ts,tsx}`),
    // A core's tests may drive it through the I/O it lacks (the command line, the translated wording).
    ignores: ["**/*.test.ts", "**/*.test-helper.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ioPackages, message: "A pure core does no I/O: move this code out of the core folder, or pass the data in." },
            { regex: "^@/db(/|$)", message: "A pure core does not read the database: the caller passes the rows in." },
            { regex: nonCoreLib, message: "A pure core imports only other cores (lib/architecture/boundaries.mjs)." },
            // Cores are flat folders: a parent-relative import leaves the core.
            { regex: "^\\.\\./", message: "A pure core imports other folders by their @/ path, and only cores." },
          ],
        },
      ],
    },
  },
  {
    name: "kring/db-below-lib",
    files: ["db/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { regex: "^(@/lib|@/app|@/emails)(/|$)", message: "db/ sits below the domain: it imports nothing from lib/, app/ or emails/." },
            { regex: "^(\\.\\./)+(lib|app|emails)(/|$)", message: "db/ sits below the domain: it imports nothing from lib/, app/ or emails/." },
          ],
        },
      ],
    },
  },
];
