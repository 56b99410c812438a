// @ts-check
// A Stryker ignorer: the sentences in src/domain/vocabulary.ts are documentation shown in GraphiQL.
// Blanking one changes no answer; the SDL snapshot (test/api/schema.test.ts, which starts a server)
// checks them, so mutating them would only add survivors the unit tests cannot and should not catch.
// Ids, prefixes and names in the same tables (no spaces) are still mutated.
import { PluginKind, declareValuePlugin } from "@stryker-mutator/api/plugin";

/** @param {any} path a Babel NodePath */
function isVocabularyProse(path) {
  const filename = path.hub?.file?.opts?.filename ?? "";
  if (!filename.replaceAll("\\", "/").endsWith("src/domain/vocabulary.ts")) return false;
  if (!path.isObjectProperty()) return false;
  const value = path.node.value;
  return value.type === "StringLiteral" && value.value.includes(" ");
}

export const strykerPlugins = [
  declareValuePlugin(PluginKind.Ignore, "VocabularyProse", {
    shouldIgnore(path) {
      return isVocabularyProse(path) ? "Vocabulary description: documentation, checked by the SDL snapshot, not by unit tests" : undefined;
    },
  }),
];
