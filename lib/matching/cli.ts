import { parseProblem } from "./parse-problem";
import { solveGroups } from "./solve-groups";
import { solvePairs } from "./solve-pairs";

/**
 * `npm run --silent match < problem.json > solution.json`: one problem on stdin, one solution on stdout.
 * Invalid input: exit status 2, one line on stderr naming what is wrong, nothing on stdout.
 */
async function main(): Promise<void> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(typeof chunk === "string" ? Buffer.from(chunk) : chunk);
  const parsed = parseProblem(Buffer.concat(chunks).toString("utf8"));
  if (!parsed.ok) {
    process.stderr.write(`${parsed.error}\n`);
    process.exitCode = 2;
    return;
  }
  const { problem } = parsed;
  const solution = problem.kind === "pairs" ? solvePairs(problem) : solveGroups(problem);
  process.stdout.write(`${JSON.stringify(solution)}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`internal error: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
