/**
 * The shapes of the seed sections `rules:`, `classes:` and `awards:` (seeds/rules/README.md),
 * mirroring the eligibility engine's types (src/domain/eligibility/types.ts) key for key, so a
 * validated record is handed to the engine unchanged. Shape only: references to entities,
 * sources, rules and statements are checked once every file is read (check-references.ts).
 */
import { z } from "zod";
import { firstDayOf, lastDayOf } from "../domain/partial-date";
import { RATINGS, type Award, type ClassDefinition, type RuleRecord } from "../domain/eligibility";
import { citationOf, idOf, partialDate, SLUG as slug, text } from "./shared-shapes";

export type { RuleRecord } from "../domain/eligibility";

const ruleId = idOf("rule", "rule/gtwce-bronze-cup-le-mans-2024");
const orgId = idOf("org", "org/aco");
const eventId = idOf("event", "event/24h-le-mans");
const classId = idOf("class", "class/gtwce-gold-cup");
const championshipId = idOf("championship", "championship/gtwc-europe");
/** Where a qualifying result comes from: a championship, or an event whose class winners are invited. */
const resultSourceId = z
  .string()
  .regex(new RegExp(`^(championship|event)/${slug}$`), "must be a championship or event id such as championship/elms or event/24h-le-mans");
/** Who receives an entry: a team, or a driver for the Bronze-driver awards. */
const recipientId = z.string().regex(new RegExp(`^(team|person)/${slug}$`), "must be a team or person id such as team/pure-rxcing");

const citation = citationOf(idOf("source", "source/motorhours-2021-11-05-sro-alms"));
const citations = z.array(citation).min(1, "needs at least one citation (a source and a quote)");

const year = z.number().int().min(1900, "must be a year such as 2024").max(2100, "must be a year such as 2024");
const position = z.number().int().min(1, "1 is the winner; positions start at 1");

/** "2023" or "2023-24": compared as text with the season a question gives. */
const season = z
  .union([z.string(), z.number().int()])
  .transform(String)
  .pipe(z.string().regex(/^\d{4}(-\d{2})?$/, 'must be a season such as "2023" or "2023-24"'));

const undecidedClass = z.strictObject({
  options: z.array(classId).min(2, "an undecided class lists at least two options"),
});

/** SUPERSEDED is derived from a later rule's `supersedes`, never written. */
const SEEDED_RULE_STATUSES = ["ANNOUNCED", "CONFIRMED", "CANCELLED"] as const;

export const ruleShape = z
  .strictObject({
    id: ruleId,
    grantors: z.array(orgId).min(1, "name at least one organisation that grants the entry"),
    event: eventId,
    edition: year,
    championship: resultSourceId.optional(),
    jointClassification: z
      .strictObject({ championships: z.array(championshipId).min(2, "a joint classification joins at least two championships") })
      .optional(),
    season: season.optional(),
    class: z.union([classId, undecidedClass], { error: "must be a class id, or { options: [class ids] } while undecided" }),
    position,
    lastPosition: position.optional(),
    beneficiary: z.enum(["TEAM", "CREW", "DRIVER"]).optional(),
    entryClass: classId.optional(),
    status: z.enum(SEEDED_RULE_STATUSES, {
      error: "must be ANNOUNCED, CONFIRMED or CANCELLED (SUPERSEDED is derived from a later rule's `supersedes`)",
    }),
    statedOn: partialDate,
    decidedOn: partialDate.optional(),
    supersedes: ruleId.optional(),
    /** Optional cross-link to the GRANTS_AUTOMATIC_ENTRY statement that states the same rule. */
    statement: z.string().regex(new RegExp(`^${slug}$`), "must be the id of a GRANTS_AUTOMATIC_ENTRY statement").optional(),
    note: text.optional(),
    /** What no source shows of the qualifying classification: an open condition of every result under the rule. */
    unconfirmed: text.optional(),
    citations,
  })
  .superRefine((rule, context) => {
    const problem = (path: string, message: string) => context.addIssue({ code: "custom", path: [path], message });
    if (rule.championship && rule.jointClassification) problem("jointClassification", "give `championship` or `jointClassification`, not both");
    if (!rule.championship && !rule.jointClassification) problem("championship", "give `championship` (or `jointClassification`): where the qualifying result comes from");
    if (rule.lastPosition !== undefined && rule.lastPosition <= rule.position) {
      problem("lastPosition", `lastPosition ${rule.lastPosition} must come after position ${rule.position} (leave it out for a single position)`);
    }
    if (rule.supersedes === rule.id) problem("supersedes", "a rule cannot supersede itself");
    if (rule.decidedOn && rule.statedOn && firstDayOf(rule.decidedOn) > lastDayOf(rule.statedOn)) {
      problem("decidedOn", `decidedOn ${rule.decidedOn} is after statedOn ${rule.statedOn}: a decision is reported once made`);
    }
  })
  // Checked above: exactly one of `championship` and `jointClassification`, as EntryRule requires.
  .transform((rule) => rule as RuleRecord);

const rating = z.enum(RATINGS as [string, ...string[]], { error: `must be a driver rating: ${RATINGS.join(", ")}` });

const crewCondition = z
  .strictObject({
    slots: z.array(z.array(rating).min(1, "a slot accepts at least one rating")).optional(),
    others: z.array(rating).optional(),
    notStated: z.string().trim().min(1).optional(),
    minDrivers: z.number().int().min(1).optional(),
    maxDrivers: z.number().int().min(1).optional(),
  })
  .superRefine((crew, context) => {
    const problem = (path: string, message: string) => context.addIssue({ code: "custom", path: [path], message });
    if ((crew.slots ?? []).length === 0 && (crew.others ?? []).length === 0) problem("slots", "give `slots` or `others`: a crew with no places admits no driver");
    if (crew.minDrivers !== undefined && crew.maxDrivers !== undefined && crew.minDrivers > crew.maxDrivers) {
      problem("maxDrivers", `maxDrivers ${crew.maxDrivers} is below minDrivers ${crew.minDrivers}`);
    }
    if (crew.maxDrivers !== undefined && (crew.slots ?? []).length > crew.maxDrivers) {
      problem("maxDrivers", `${crew.slots!.length} slots cannot be filled by at most ${crew.maxDrivers} drivers`);
    }
  });

export const classDefinitionShape = z
  .strictObject({
    id: idOf("classdef", "classdef/gtwce-gold-cup-2022"),
    class: classId,
    championship: championshipId,
    name: text,
    validFrom: year.optional(),
    validUntil: year.optional(),
    crew: crewCondition,
    note: text.optional(),
    citations,
  })
  .superRefine((definition, context) => {
    if (definition.validFrom !== undefined && definition.validUntil !== undefined && definition.validFrom > definition.validUntil) {
      context.addIssue({ code: "custom", path: ["validUntil"], message: `validUntil ${definition.validUntil} is before validFrom ${definition.validFrom}` });
    }
  })
  .transform((definition) => definition as ClassDefinition);

export const awardShape = z
  .strictObject({
    id: idOf("award", "award/pure-rxcing-le-mans-2024-gtwce-bronze-cup"),
    rule: ruleId,
    edition: year,
    recipient: recipientId,
    note: text.optional(),
    citations,
  })
  .transform((award) => award as Award);
