// A database build run as its own process, for the kill -9 test: says "building" on standard
// output just before it starts writing, so the test can kill it mid-build.
import "reflect-metadata";
import { rebuildDatabase } from "../../../src/db/rebuild";

const [seedsDir, target] = process.argv.slice(2);
process.stdout.write("building\n");
rebuildDatabase(seedsDir, target).then(() => process.stdout.write("built\n"));
