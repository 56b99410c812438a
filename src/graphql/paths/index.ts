/** `paths`: its resolvers, registered in src/graphql/schema.ts. */
import { PathHopResolver, PathResolver, PathsResolver } from "./paths.resolver";

export const PATH_RESOLVERS = [PathsResolver, PathResolver, PathHopResolver] as const;
