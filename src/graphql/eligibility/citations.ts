/** Citations of rules, classes and awards, resolved to the Citation type statements use (source + quote). */
import type { Award, Citation } from "../../domain/eligibility";
import { reportedBy } from "../../domain/eligibility";
import type { Context } from "../context";
import type { CitationObject } from "../statements/statement.type";

/** The rule's, class definition's or award's citations with their sources read (batched). */
export async function citationObjects(citations: readonly Citation[], context: Context): Promise<CitationObject[]> {
  return Promise.all(citations.map(async (citation) => ({ quote: citation.quote, source: await context.store.source(citation.source) })));
}

/**
 * Was a record reported by `knownAt`? Yes once one of its sources was published (to the last day of a
 * partial date); a record none of whose sources has a date counts as known, as an undated statement does.
 */
export async function reportedByAt(citations: readonly Citation[], knownAt: string | null | undefined, context: Context): Promise<boolean> {
  if (!knownAt) return true;
  const sources = await context.store.sources(citations.map((citation) => citation.source));
  return reportedBy(sources.map((source) => source.published), knownAt);
}

/** The awards reported by `knownAt` (all of them without it), in their order. */
export async function reportedAwards(awards: readonly Award[], knownAt: string | null | undefined, context: Context): Promise<Award[]> {
  const reported = await Promise.all(awards.map((award) => reportedByAt(award.citations, knownAt, context)));
  return awards.filter((_, index) => reported[index]);
}
