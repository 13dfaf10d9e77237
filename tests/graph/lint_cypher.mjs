// Lint Cypher with Neo4j's own language support (npm @neo4j-cypher/language-support).
// stdin: {"schema": {"labels": [...], "relationshipTypes": [...]},
//         "statements": [{"name": ..., "text": ..., "params": {name: sample value}}]}
// stdout: [{"name": ..., "diagnostics": [{"severity": 1|2|..., "message": ..., "offsets": {...}}]}]
import { lintCypherQuery } from "@neo4j-cypher/language-support";

let input = "";
for await (const chunk of process.stdin) input += chunk;
const { schema, statements } = JSON.parse(input);
const out = statements.map(({ name, text, params }) => {
  const { diagnostics } = lintCypherQuery(text, { ...(schema ?? {}), parameters: params ?? {} });
  return {
    name,
    diagnostics: diagnostics.map((d) => ({ severity: d.severity, message: d.message, offsets: d.offsets })),
  };
});
process.stdout.write(JSON.stringify(out));
