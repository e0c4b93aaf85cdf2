# NewsGraph app image: built in one stage, run as a non-root user in a slim one.
# The database is the neo4j service of docker-compose.yml (NEO4J_URI), so no JDK is needed here.
FROM node:20-bookworm AS build
WORKDIR /app
COPY package.json package-lock.json ./
COPY scripts ./scripts
# Skip the Maven build of the embedded launcher: the image talks to the Neo4j service instead.
ENV NEWSGRAPH_SKIP_LAUNCHER=1
RUN npm ci --ignore-scripts
COPY . .
RUN node scripts/postinstall.mjs && npm prune --omit=dev

FROM node:20-bookworm-slim
ENV NODE_ENV=production HOST=0.0.0.0 PORT=3000
WORKDIR /app
COPY --from=build --chown=node:node /app /app
USER node
EXPOSE 3000
HEALTHCHECK --interval=10s --timeout=5s --retries=5 CMD node -e "fetch('http://127.0.0.1:3000/api/health').then(r=>process.exit(r.ok?0:1)).catch(()=>process.exit(1))"
CMD ["node", "--import", "tsx", "server/main.ts"]
