// The benchmark's peer: PostGraphile 5 (Amber preset, as its documentation starts a server) over the
// API's own PostgreSQL tables (schema endurance_graph), read-only, on 127.0.0.1. The build declares no
// foreign keys, so smart tags declare the ones the tables mean: names and statements belong to
// entities, citations to statements and sources; and NULLs sort first, as ours do. Nothing else is
// configured: this is what a user would get by pointing PostGraphile at the same data.
//
//   DATABASE_URL=postgres://… PORT=0 node_modules/.bin/node serve.mjs    (prints "listening <port>")
import { createServer } from "node:http";
import { postgraphile } from "postgraphile";
import { makePgService } from "postgraphile/adaptors/pg";
import { grafserv } from "postgraphile/grafserv/node";
import { PostGraphileAmberPreset } from "postgraphile/presets/amber";
import { jsonPgSmartTags } from "postgraphile/utils";

const relations = jsonPgSmartTags({
  version: 1,
  config: {
    class: {
      entity_name: { tags: { foreignKey: "(entity_id) references entity (id)" } },
      statement: { tags: { foreignKey: ["(subject_id) references entity (id)|@fieldName subject|@foreignFieldName statementsAsSubject", "(object_id) references entity (id)|@fieldName object|@foreignFieldName statementsAsObject"] } },
      citation: { tags: { foreignKey: ["(statement_id) references statement (id)", "(source_id) references source (id)"] } },
    },
  },
});

const preset = {
  extends: [PostGraphileAmberPreset],
  plugins: [relations],
  pgServices: [makePgService({ connectionString: process.env.DATABASE_URL, schemas: ["endurance_graph"], poolConfig: { max: Number(process.env.PG_POOL_SIZE ?? 4) } })],
  grafserv: { graphqlPath: "/graphql", watch: false, graphiql: false },
  grafast: { explain: false },
  // NULLs first in ascending order, as ours (and SQLite) sort them: the same rows for the same page.
  schema: { pgOrderByNullsLast: false },
};

const pgl = postgraphile(preset);
const serv = pgl.createServ(grafserv);
const server = createServer();
server.on("error", (error) => {
  console.error(error);
  process.exit(1);
});
await serv.addTo(server);
server.listen(Number(process.env.PORT ?? 0), "127.0.0.1", () => {
  console.log(`listening ${server.address().port}`);
});
const stop = () => server.close(() => pgl.release().then(() => process.exit(0)));
process.once("SIGTERM", stop);
process.once("SIGINT", stop);
