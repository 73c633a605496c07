# One image for every schuldhulp process (worker, codec server; API later); the compose file picks the command.
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY domain domain
COPY platform platform
COPY workflows workflows
COPY activities activities
COPY workers workers
COPY cli cli
COPY services services
COPY api api
COPY console console
# tsc compiles only TypeScript: the console's CSS and JS go next to the compiled pages.
RUN npm run build && cp -r console/assets dist/console/assets && npm prune --omit=dev

FROM node:20-bookworm-slim
ENV NODE_ENV=production SCHULDHULP_ENV=production SCHULDHULP_DATA_DIR=/data
WORKDIR /app
COPY --from=build /app/node_modules node_modules
COPY --from=build /app/dist dist
COPY package.json ./
# The gemeente configuration for letters (SCHULDHULP_GEMEENTEN_FILE defaults to it; mount your own over it).
COPY deploy/gemeenten.json dist/deploy/gemeenten.json
RUN mkdir -p /data && chown node:node /data
USER node
VOLUME /data
CMD ["node", "dist/workers/main.js"]
