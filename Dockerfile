# The app image (used by docker-compose.yml): the built SPA and the compiled GraphQL server on one
# port, run with plain node by the cluster entry (WEB_CONCURRENCY workers on a server PostgreSQL).

# Build stage: every dependency, then the SPA (Vite) and the server (tsc, into server/dist).
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json tsconfig.base.json schema.graphql ./
COPY domain/package.json domain/
COPY server/package.json server/
COPY client/package.json client/
COPY e2e/package.json e2e/
RUN npm ci --no-audit --no-fund
COPY domain domain
COPY server server
COPY client client
RUN npm run build -w @kecala/client && npm run build -w @kecala/server

# Runtime stage: the server's production dependencies only (no client, e2e or build tools), the
# compiled server (with the shared rules and the seed data inside server/dist) and the built SPA.
FROM node:20-bookworm-slim
ENV NODE_ENV=production PORT=4000
WORKDIR /app
# Every workspace's package.json, so that npm ci can check the lockfile; only the server's
# dependencies are installed.
COPY package.json package-lock.json ./
COPY domain/package.json domain/
COPY server/package.json server/
COPY client/package.json client/
COPY e2e/package.json e2e/
# --omit=optional as well: the lockfile marks typescript "devOptional" (a dev dependency here, and
# an optional peer of the client's i18next/react-i18next), and npm keeps such a package unless
# both dev and optional ones are omitted. The server's other optional packages (graphql-armor's
# optional peers, @tus's redis stores, pg-cloudflare) are never loaded by this app. The check
# fails the build if the TypeScript compiler comes back into the runtime image.
RUN npm ci --omit=dev --omit=optional --workspace @kecala/server --no-audit --no-fund \
  && test ! -e node_modules/typescript && npm cache clean --force
COPY --from=build /app/server/dist server/dist
COPY --from=build /app/client/dist client/dist
# Evidence files, unfinished uploads (and the embedded database without DATABASE_URL) live in
# .data, writable by the unprivileged user (a volume mounted there inherits the ownership).
RUN mkdir -p .data && chown node:node .data
USER node
EXPOSE 4000
# No curl in the slim image: node asks /healthz (200 when the database answers).
HEALTHCHECK --interval=15s --timeout=5s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 4000) + '/healthz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "server/dist/cluster.js"]
