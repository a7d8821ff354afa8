import next from "eslint-config-next";
import nextTs from "eslint-config-next/typescript";
import { boundaries } from "./lib/architecture/boundaries.mjs";

const config = [
  ...next,
  ...nextTs,
  // The architecture's lines (README, "Architecture"): pure cores, db/ below lib/, no import circles.
  ...boundaries,
  // Domains add their email templates' props to lib/email/template-types.ts by declaration merging
  // (`interface TemplatePropsMap extends TheirMap {}`), which this option exists for.
  { rules: { "@typescript-eslint/no-empty-object-type": ["error", { allowInterfaces: "with-single-extends" }] } },
  { ignores: [".next/**", "node_modules/**", ".data/**", "db/migrations/**", "test-results/**", "playwright-report/**", "next-env.d.ts"] },
];
export default config;
