# syntax=docker/dockerfile:1
#
# Kring's container images, two targets from one file (README, "Production"):
#
#   web   the Next.js standalone server (node server.js): the app replicas.
#         docker build --target web -t kring-web .
#   jobs  the job worker and the one-shot migrations: the app's TypeScript run by tsx (a runtime
#         dependency) on the production dependencies only.
#         docker build --target jobs -t kring-jobs .
#         docker run --rm -e DATABASE_URL=… kring-jobs node --import tsx scripts/migrate.ts   (once per release)
#         docker run -e DATABASE_URL=… -e AUTH_URL=… kring-jobs                                (the worker)
#
# Both run as the image's unprivileged `node` user and hold no dev dependency.

ARG NODE_VERSION=20
FROM node:${NODE_VERSION}-bookworm-slim AS base
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1

# npm install with the lock file, not npm ci. The lock file is written on a machine whose registry lacks
# other platforms' optional packages (@next/swc-darwin-arm64 and the like), and npm ci refuses a lock file
# without them ("Missing: … from lock file"). npm install still takes every version from the lock file; it
# only adds the missing optional entries for this platform. Once the lock file is regenerated against the
# full registry, npm ci is the better command here.

# Every dependency, for the build.
FROM base AS deps
COPY package.json package-lock.json ./
RUN npm install --no-audit --no-fund && npm cache clean --force

FROM deps AS build
COPY . .
# The standalone output (next.config.ts): .next/standalone holds server.js and the traced node_modules it
# needs. DATABASE_URL is empty on purpose: the build reads no database.
RUN KRING_STANDALONE=1 DATABASE_URL= npm run build

# Production dependencies only, for the worker and the migrations. The platform binaries that only
# `next build` (SWC) and image optimisation (sharp) load are removed: the worker never loads them, and SWC
# alone is about 100 MB. (The embedded PostgreSQL of the no-database mode stays: scripts/migrate.ts imports
# it, though it never starts it when DATABASE_URL is set.)
FROM base AS prod-deps
COPY package.json package-lock.json ./
RUN npm install --omit=dev --no-audit --no-fund \
  && rm -rf node_modules/@next/swc-* node_modules/@img \
  && npm cache clean --force

FROM base AS web
# server.js binds to HOSTNAME, which Docker sets to the container id: listen on every interface instead.
# NEXT_MANUAL_SIG_HANDLE: SIGTERM is ours (lib/ops/shutdown.ts), which drains the requests in flight.
ENV NODE_ENV=production \
    KRING_SERVICE=web \
    PORT=3000 \
    HOSTNAME=0.0.0.0 \
    NEXT_MANUAL_SIG_HANDLE=1
COPY --from=build --chown=node:node /app/.next/standalone ./
COPY --from=build --chown=node:node /app/.next/static ./.next/static
COPY --from=build --chown=node:node /app/public ./public
USER node
EXPOSE 3000
# Liveness only: a database outage must not restart every replica. Readiness is GET /api/ready.
HEALTHCHECK --interval=10s --timeout=3s --start-period=20s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/api/health').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
CMD ["node", "server.js"]

FROM base AS jobs
ENV NODE_ENV=production \
    KRING_SERVICE=worker
COPY --from=prod-deps --chown=node:node /app/node_modules ./node_modules
COPY --chown=node:node package.json tsconfig.json ./
COPY --chown=node:node db ./db
COPY --chown=node:node lib ./lib
COPY --chown=node:node emails ./emails
COPY --chown=node:node messages ./messages
COPY --chown=node:node scripts ./scripts
USER node
# node --import tsx, not npm run or the tsx command: each of those puts a process of its own between the
# container runtime and the worker, and SIGTERM would not reach the worker's graceful stop.
CMD ["node", "--import", "tsx", "scripts/worker.ts"]
