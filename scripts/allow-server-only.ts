/**
 * The worker runs the app's server modules outside Next.js. Their `import "server-only"` guards against
 * ending up in a browser bundle, which cannot happen here, but the package throws when loaded outside
 * Next's server build: register it as the empty module that Next itself resolves it to on the server.
 * Import this first.
 */
const resolved = require.resolve("server-only");
require.cache[resolved] = { id: resolved, filename: resolved, loaded: true, exports: {} } as NodeJS.Module;
