# The Parley image for a deployment (see docker-compose.yml): the built CLI, nothing else running.
FROM node:20-bookworm-slim
WORKDIR /app
COPY . .
RUN npm ci --no-audit --no-fund && npm prune --omit=dev
ENTRYPOINT ["node", "dist/cli/main.js"]
