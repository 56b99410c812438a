/**
 * The shape of each seed record (see seeds/README.md). Shape only: references between
 * records are checked once every file is read (check-references.ts).
 */
import { z } from "zod";
import { ENTITY_ID, ENTITY_KIND_NAMES, LANGUAGES, PREDICATE_NAMES, SEEDED_STATUSES } from "../domain/vocabulary";
import { parsePartialDate } from "../domain/partial-date";
import { citationOf, partialDate, SLUG, text } from "./shared-shapes";

export { MAX_QUOTE_WORDS } from "./shared-shapes";
export { ENTITY_ID } from "../domain/vocabulary";

const slug = new RegExp(`^${SLUG}$`);
const SOURCE_ID = new RegExp(`^source/${SLUG}$`);

const entityId = z.string().regex(ENTITY_ID, "must be an entity id such as org/aco or person/stephane-ratel");

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

const citation = citationOf(z.string().regex(SOURCE_ID, "must be a source id such as source/…"));

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
    /** Claims this one cannot be true together with (linked both ways by the build). */
    disputes: z.union([z.string().regex(slug, "must be the id of another statement"), z.array(z.string().regex(slug, "must be the id of another statement"))])
      .transform((value) => (Array.isArray(value) ? value : [value]))
      .optional(),
    /** Why this statement is a claim of its own though another says the same (else the data check calls them duplicates). */
    distinct: text.optional(),
    /** Ids of statements merged into this one (one claim, one statement): their permalinks lead here. */
    mergedFrom: z.array(z.string().regex(slug, "must be the former id of a statement merged into this one")).optional(),
    /** With SUCCEEDED: the predecessor's role statement, which ends the day before this succession's validFrom. */
    ends: z.string().regex(slug, "must be the id of the predecessor's role statement").optional(),
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
    if (statement.ends && statement.predicate !== "SUCCEEDED") problem("ends", "`ends` belongs to a SUCCEEDED statement: it names the predecessor's role statement");
    if (statement.ends && !statement.validFrom) problem("ends", "a succession that ends the predecessor's role needs a `validFrom` (the successor's start)");
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
