/**
 * The shape of each seed record (see seeds/README.md). Shape only: references between
 * records are checked once every file is read (check-references.ts).
 */
import { z } from "zod";
import { ENTITY_KIND_NAMES, LANGUAGES, PREDICATE_NAMES, SEEDED_STATUSES } from "../domain/vocabulary";
import { parsePartialDate } from "../domain/partial-date";

export const MAX_QUOTE_WORDS = 25;

const slug = /^[a-z0-9][a-z0-9-]*$/;
export const ENTITY_ID = /^(person|org|championship|event|season|class|venue|team|agreement)\/[a-z0-9][a-z0-9-]*$/;
const SOURCE_ID = /^source\/[a-z0-9][a-z0-9-]*$/;

const text = z.string().trim().min(1, "must not be empty");
const entityId = z.string().regex(ENTITY_ID, "must be an entity id such as org/aco or person/stephane-ratel");

const partialDate = z.union([z.string(), z.number().int()]).transform((value, context) => {
  const parsed = parsePartialDate(value);
  if ("error" in parsed) {
    context.addIssue({ code: "custom", message: parsed.error });
    return z.NEVER;
  }
  return parsed.text;
});

const httpUrl = z.string().refine((value) => {
  try {
    const url = new URL(value);
    return (url.protocol === "http:" || url.protocol === "https:") && url.hostname.includes(".");
  } catch {
    return false;
  }
}, "must be a well-formed http(s) URL");

export const sourceShape = z.strictObject({
  id: z.string().regex(SOURCE_ID, "must be a source id such as source/autohebdo-2021-11-05-alms"),
  title: text,
  outlet: text,
  author: text.optional(),
  language: z.enum(LANGUAGES),
  published: partialDate.optional(),
  url: httpUrl.optional(),
  note: text.optional(),
});

const alias = z.union([
  text.transform((value) => ({ text: value, ambiguous: false })),
  z.strictObject({ text, ambiguous: z.boolean().default(false) }),
]);

export const entityShape = z.strictObject({
  id: entityId,
  kind: z.enum(ENTITY_KIND_NAMES as [string, ...string[]]),
  name: text,
  description: text.optional(),
  labels: z.partialRecord(z.enum(LANGUAGES), text).optional(),
  aliases: z.array(alias).default([]),
});

const citation = z.strictObject({
  source: z.string().regex(SOURCE_ID, "must be a source id such as source/…"),
  quote: text.refine(
    (quote) => quote.split(/\s+/).length <= MAX_QUOTE_WORDS,
    `a quote is at most ${MAX_QUOTE_WORDS} words: keep the shortest passage that states the fact`,
  ),
});

const scalar = z.union([text, z.number()]).transform(String);

export const statementShape = z
  .strictObject({
    id: z.string().regex(slug, "must be a lower-case slug such as ratel-lmem-partner").optional(),
    subject: entityId,
    predicate: z.enum(PREDICATE_NAMES as [string, ...string[]]),
    object: entityId.optional(),
    value: scalar.optional(),
    qualifiers: z.record(z.string().regex(/^[a-z][a-zA-Z]*$/, "qualifier names are camelCase words"), scalar).default({}),
    validFrom: partialDate.optional(),
    validUntil: partialDate.optional(),
    statedOn: partialDate.optional(),
    status: z.enum(SEEDED_STATUSES).default("FACT"),
    options: z.array(entityId).optional(),
    optionsFor: z.string().optional(),
    supersedes: z.string().regex(slug, "must be the id of another statement").optional(),
    citations: z.array(citation).min(1, "every statement needs at least one citation (a source and a quote)"),
  })
  .superRefine((statement, context) => {
    const problem = (path: string, message: string) => context.addIssue({ code: "custom", path: [path], message });
    if (statement.object && statement.value !== undefined) problem("value", "give either `object` or `value`, not both");
    if (!statement.object && statement.value === undefined) problem("object", "give `object` (an entity id) or `value` (a literal)");
    if (statement.options && statement.status !== "UNDECIDED") problem("options", "`options` belong to a statement with status UNDECIDED");
    if (statement.status === "UNDECIDED" && !(statement.options && statement.options.length >= 2)) {
      problem("options", "an UNDECIDED statement lists at least two options");
    }
    if (statement.validFrom && statement.validUntil) {
      const from = parsePartialDate(statement.validFrom);
      const until = parsePartialDate(statement.validUntil);
      if (!("error" in from) && !("error" in until) && from.firstDay > until.lastDay) {
        problem("validUntil", `validUntil ${statement.validUntil} is before validFrom ${statement.validFrom}`);
      }
    }
  });

export type SourceSeed = z.infer<typeof sourceShape>;
export type EntitySeed = z.infer<typeof entityShape>;
export type StatementShape = z.infer<typeof statementShape>;
