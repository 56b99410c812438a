/**
 * Curators work in separate files, so the same source or entity may be declared twice.
 * Identical declarations merge; a conflict is a problem at the second declaration.
 */
import { foldText } from "../domain/text";
import type { SeedProblem } from "./problems";
import type { EntitySeed, SourceSeed } from "./shapes";
import type { Located } from "./seed-graph";

export function mergeSources(sources: Located<SourceSeed>[], problems: SeedProblem[]): Map<string, Located<SourceSeed>> {
  const merged = new Map<string, Located<SourceSeed>>();
  for (const source of sources) {
    const first = merged.get(source.id);
    if (!first) {
      merged.set(source.id, source);
      continue;
    }
    // Any difference is an error, a field given once and left out the other time too: merging
    // silently would let one file's curator change another's source unseen.
    for (const field of ["title", "outlet", "author", "language", "published", "url", "note"] as const) {
      if (source[field] !== first[field]) {
        const shown = (value: string | undefined) => (value === undefined ? "none" : `"${value}"`);
        problems.push({
          ...source.location,
          message: `source ${source.id} is declared again with a different ${field}: ${shown(source[field])} here, ${shown(first[field])} at ${first.location.file}:${first.location.line} — make the declarations agree or keep one`,
        });
      }
    }
  }
  return merged;
}

export function mergeEntities(entities: Located<EntitySeed>[], problems: SeedProblem[]): Map<string, Located<EntitySeed>> {
  const merged = new Map<string, Located<EntitySeed>>();
  for (const entity of entities) {
    const first = merged.get(entity.id);
    if (!first) {
      merged.set(entity.id, { ...entity, aliases: [...entity.aliases], labels: { ...entity.labels } });
      continue;
    }
    const at = `(first at ${first.location.file}:${first.location.line})`;
    if (entity.kind !== first.kind) problems.push({ ...entity.location, message: `entity ${entity.id} is declared again with kind ${entity.kind}, not ${first.kind} ${at}` });
    if (entity.name !== first.name) problems.push({ ...entity.location, message: `entity ${entity.id} is declared again with name "${entity.name}", not "${first.name}" ${at}` });
    first.description ??= entity.description;
    for (const [language, label] of Object.entries(entity.labels ?? {})) {
      const existing = first.labels?.[language as keyof typeof first.labels];
      if (existing && existing !== label) problems.push({ ...entity.location, message: `entity ${entity.id} has two ${language} labels: "${existing}" and "${label}" ${at}` });
      first.labels = { ...first.labels, [language]: existing ?? label };
    }
    for (const alias of entity.aliases) {
      const same = first.aliases.find((known) => foldText(known.text) === foldText(alias.text));
      if (!same) first.aliases.push(alias);
      else same.ambiguous ||= alias.ambiguous;
    }
  }
  return merged;
}
