# The coordgraph API (and CLI) image. `docker compose up` runs it against Neo4j.
# Stage 1 copies the explorer's graph library from npm; stage 2 installs the wheel with the pinned
# versions of constraints.txt, so the image serves the same explorer as `make run`.
FROM node:20-slim AS vendor
WORKDIR /src
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund --loglevel=error

FROM python:3.11-slim
WORKDIR /src
COPY . /src
COPY --from=vendor /src/node_modules/cytoscape/dist/cytoscape.min.js \
     /src/node_modules/cytoscape/dist/cytoscape.esm.min.mjs /src/api/static/vendor/cytoscape/
RUN pip install --no-cache-dir -c constraints.txt . && rm -rf /src/build
WORKDIR /srv
COPY examples /srv/examples
ENV COORDGRAPH_DATA_DIR=/data
EXPOSE 8000
CMD ["coordgraph", "serve", "--host", "0.0.0.0", "--port", "8000"]
