// Import circles in lib/, db/ and emails/, type-only imports included: a circle means two modules cannot be
// understood (or loaded by the worker) one without the other. `npm run lint` runs this after eslint, whose
// rules (lib/architecture/boundaries.mjs) hold the layer lines.
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
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    exclude: { path: "(^|/)(node_modules|\\.next|\\.data)/|\\.test\\.tsx?$" },
    tsConfig: { fileName: "tsconfig.json" },
    tsPreCompilationDeps: true,
    enhancedResolveOptions: { extensions: [".ts", ".tsx", ".js", ".mjs"] },
  },
};
