# The coordgraph API (and CLI) image. `docker compose up` runs it against Neo4j.
FROM python:3.11-slim
WORKDIR /app
COPY . /app
RUN pip install --no-cache-dir -e .
ENV \
    COORDGRAPH_DATA_DIR=/data
EXPOSE 8000
CMD ["coordgraph", "serve", "--host", "0.0.0.0", "--port", "8000"]
