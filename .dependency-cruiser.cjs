// Import circles in lib/, db/ and emails/, type-only imports included: a circle means two modules cannot be
// understood (or loaded by the worker) one without the other; and lib/programmes below the programme kinds.
// `npm run lint` runs this after eslint, whose rules (lib/architecture/boundaries.mjs) hold the layer lines.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: "no-circular",
      severity: "error",
      comment: "A module reaches itself again through its imports (type-only imports count).",
      from: { path: "^(lib|db|emails)/" },
      to: { circular: true },
    },
    {
      name: "programmes-below-kinds",
      severity: "error",
      comment:
        "lib/programmes holds what every programme kind shares and knows no kind: mentoring and co-development depend on it, never the reverse (lib/registry/programme-kinds.ts puts the kinds together). Test files are outside this cruise (options.exclude); the shared test fixtures are in it.",
      from: { path: "^lib/programmes/" },
      to: { path: "^lib/(mentoring|codevelopment)/" },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    exclude: { path: "(^|/)(node_modules|\\.next|\\.data)/|\\.test\\.tsx?$" },
    tsConfig: { fileName: "tsconfig.json" },
    tsPreCompilationDeps: true,
    enhancedResolveOptions: { extensions: [".ts", ".tsx", ".js", ".mjs"] },
  },
};
