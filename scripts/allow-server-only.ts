/**
 * The one server-only story outside Next.js. `import "server-only"` marks a module that must never reach a
 * browser bundle; Next's server build resolves it (the "react-server" condition) to the package's own empty
 * module, and its client build fails on it. Processes that run server modules outside Next (the worker,
 * the benchmarks, tsx scripts) load this first: it registers that same empty module, so the marker means
 * the same there as on the server. vitest aliases the package to the same file (vitest.config.mts).
 */
import path from "node:path";

const resolved = require.resolve("server-only");
const empty = path.join(path.dirname(resolved), "empty.js");
// empty.js exports nothing: the module is registered as loaded, with no exports.
require.cache[resolved] = { id: resolved, filename: empty, loaded: true, exports: {} } as NodeJS.Module;
