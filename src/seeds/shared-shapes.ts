/** Zod pieces both seed formats use (shapes.ts for sources/entities/statements, rule-shapes.ts for rules/classes/awards). */
import { z } from "zod";
import { parsePartialDate } from "../domain/partial-date";

export const MAX_QUOTE_WORDS = 25;

/** The slug after an id's prefix ("aco" in org/aco). */
export const SLUG = "[a-z0-9][a-z0-9-]*";

/** An id with the given prefix, with an example in the message. */
export const idOf = (prefix: string, example: string) =>
  z.string().regex(new RegExp(`^${prefix}/${SLUG}$`), `must be an id such as ${example}`);

export const text = z.string().trim().min(1, "must not be empty");

/** YYYY, YYYY-MM or YYYY-MM-DD, kept as written (YAML may hand over a bare year as a number). */
export const partialDate = z.union([z.string(), z.number().int()]).transform((value, context) => {
  const parsed = parsePartialDate(value);
  if ("error" in parsed) {
    context.addIssue({ code: "custom", message: parsed.error });
    return z.NEVER;
  }
  return parsed.text;
});

/** A source id and the shortest verbatim passage that states the fact; `sourceId` says how a bad id is reported. */
export const citationOf = (sourceId: z.ZodString) =>
  z.strictObject({
    source: sourceId,
    quote: text.refine(
      (quote) => quote.split(/\s+/).length <= MAX_QUOTE_WORDS,
      `a quote is at most ${MAX_QUOTE_WORDS} words: keep the shortest passage that states the fact`,
    ),
  });
