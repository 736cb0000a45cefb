# The app image used by docker-compose.yml: the built SPA and the GraphQL server on one port.
FROM node:20-bookworm-slim
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
RUN npm run build -w @kecala/client
ENV NODE_ENV=production PORT=4000
EXPOSE 4000
CMD ["npm", "run", "start", "-w", "@kecala/server"]
