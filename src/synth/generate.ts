/**
 * A synthetic SeedGraph of any size, deterministic by seed, for benchmarks and scaling tests.
 *
 * The shape follows the real data: every entity kind with labels (en, fr, it) and aliases,
 * statements with a power-law degree (a few hubs such as the ACO and the 24 Hours of Le Mans
 * carry a large share of the links), valid time on about a third of them, every status,
 * supersession, and one or two citations each. The graph is written by the same buildDatabase
 * as seeds/, so building it measures the real build path.
 */
import { createHash } from "node:crypto";
import type { EntitySeed, SourceSeed } from "../seeds/shapes";
import type { Located, SeedGraph, StatementSeed } from "../seeds/seed-graph";
import { deriveRecordDates } from "../seeds/statements";
import { UNKNOWN_RECORD_DATE } from "../domain/time";
import { ruleShape } from "../seeds/rule-shapes";
import { foldText } from "../domain/text";
import { ENTITY_KINDS, LANGUAGES, type EntityKind, type Predicate } from "../domain/vocabulary";
import { Random } from "./random";
import { FIRST_NAMES, namesFor, stem, unaccented } from "./names";

export interface SynthOptions {
  statements: number;
  seed?: number;
  /** Entities per statement (default 0.1: 1M statements → 100k entities). */
  entitiesPerStatement?: number;
}

export const SYNTH_FILE = "synthetic/graph.yaml";

/** Share of entities per kind. */
const KIND_SHARES: [EntityKind, number][] = [
  ["PERSON", 0.34],
  ["TEAM", 0.15],
  ["SEASON", 0.18],
  ["ORGANISATION", 0.08],
  ["CHAMPIONSHIP", 0.05],
  ["EVENT", 0.05],
  ["CLASS", 0.05],
  ["VENUE", 0.06],
  ["AGREEMENT", 0.04],
];

/**
 * Well-known hubs, first in their kind so the power law makes them the biggest: the
 * benchmarks query them by id and by alias on every size.
 */
const HUBS: { id: string; kind: EntityKind; name: string; labels: EntitySeed["labels"]; aliases: string[]; description: string }[] = [
  {
    id: "org/aco", kind: "ORGANISATION", name: "Automobile Club de l'Ouest",
    labels: { en: "Automobile Club de l'Ouest", fr: "Automobile Club de l'Ouest", it: "Automobile Club dell'Ovest" },
    aliases: ["ACO"], description: "Organiser of the 24 Hours of Le Mans (synthetic copy).",
  },
  {
    id: "org/fia", kind: "ORGANISATION", name: "Fédération Internationale de l'Automobile",
    labels: { en: "International Automobile Federation", fr: "Fédération Internationale de l'Automobile", it: "Federazione Internazionale dell'Automobile" },
    aliases: ["FIA", "Federation Internationale de l'Automobile"], description: "World governing body of motor sport (synthetic copy).",
  },
  {
    id: "event/24h-le-mans", kind: "EVENT", name: "24 Heures du Mans",
    labels: { en: "24 Hours of Le Mans", fr: "24 Heures du Mans", it: "24 Ore di Le Mans" },
    aliases: ["Le Mans 24 Hours", "24 Heures du Mans"], description: "The endurance race at Le Mans (synthetic copy).",
  },
  {
    id: "championship/fia-wec", kind: "CHAMPIONSHIP", name: "FIA World Endurance Championship",
    labels: { en: "FIA World Endurance Championship", fr: "Championnat du monde d'endurance FIA", it: "Campionato del mondo endurance FIA" },
    aliases: ["WEC", "FIA WEC"], description: "The world endurance championship (synthetic copy).",
  },
  {
    id: "venue/circuit-de-la-sarthe", kind: "VENUE", name: "Circuit de la Sarthe",
    labels: { en: "Circuit de la Sarthe", fr: "Circuit de la Sarthe", it: "Circuito de la Sarthe" },
    aliases: ["Circuit des 24 Heures", "Le Mans circuit"], description: "The circuit of the 24 Hours of Le Mans (synthetic copy).",
  },
  {
    id: "class/lmgt3", kind: "CLASS", name: "LMGT3",
    labels: { en: "LMGT3", fr: "LMGT3", it: "LMGT3" }, aliases: ["LM GT3"], description: "The GT3 class at Le Mans and in the WEC (synthetic copy).",
  },
  {
    id: "class/lmp2", kind: "CLASS", name: "LMP2",
    labels: { en: "LMP2", fr: "LMP2", it: "LMP2" }, aliases: ["LM P2"], description: "The Le Mans Prototype 2 class (synthetic copy).",
  },
  {
    id: "person/stephane-ratel", kind: "PERSON", name: "Stéphane Ratel",
    labels: { en: "Stéphane Ratel", fr: "Stéphane Ratel", it: "Stéphane Ratel" },
    aliases: ["Stephane Ratel", "Ratel"], description: "Founder of SRO Motorsports Group (synthetic copy).",
  },
];

/**
 * Statements every size has, first in the list: they fix the shape the benchmarks rely on at every
 * size. No predicate links a person to a venue directly, so the shortest path from Stéphane Ratel to
 * the Circuit de la Sarthe is 2 hops at every size (through the 24 Hours of Le Mans).
 */
const FIXED_STATEMENTS: { subject: string; predicate: Predicate; object: string; qualifiers?: Record<string, string>; validFrom?: string; validUntil?: string }[] = [
  { subject: "person/stephane-ratel", predicate: "COMPETED_IN", object: "event/24h-le-mans", qualifiers: { role: "driver" }, validFrom: "1994", validUntil: "1994" },
  { subject: "event/24h-le-mans", predicate: "HELD_AT", object: "venue/circuit-de-la-sarthe", validFrom: "1923" },
  { subject: "org/aco", predicate: "ORGANISES", object: "event/24h-le-mans", validFrom: "1923" },
  { subject: "org/aco", predicate: "ORGANISES", object: "championship/fia-wec", qualifiers: { role: "promoter" }, validFrom: "2012" },
  { subject: "org/fia", predicate: "SANCTIONS", object: "championship/fia-wec", validFrom: "2012" },
];

/**
 * A few automatic-entry rules (seeds/rules/README.md format) around the hubs, the same at every
 * size, so the eligibility engine has work: WEC class winners invited to Le Mans, one edition
 * whose class was announced undecided and decided later (as the 2021 GTWC rules were).
 */
const RULES: Record<string, unknown>[] = [
  ...[2022, 2023, 2024].flatMap((edition) => [
    { id: `rule/synth-wec-lmgt3-le-mans-${edition}`, class: "class/lmgt3", position: 1, edition, statedOn: `${edition - 1}-02-10` },
    { id: `rule/synth-wec-lmp2-le-mans-${edition}`, class: "class/lmp2", position: 1, lastPosition: 2, edition, statedOn: `${edition - 1}-02-10` },
  ]),
  { id: "rule/synth-wec-open-le-mans-2025", class: { options: ["class/lmgt3", "class/lmp2"] }, position: 1, edition: 2025, statedOn: "2023-11-05", status: "ANNOUNCED" },
  { id: "rule/synth-wec-lmgt3-le-mans-2025", class: "class/lmgt3", position: 1, edition: 2025, statedOn: "2024-09-01", supersedes: "rule/synth-wec-open-le-mans-2025" },
].map((rule) => ({
  grantors: ["org/aco"], event: "event/24h-le-mans", championship: "championship/fia-wec",
  season: String((rule.edition as number) - 1), beneficiary: "TEAM", status: "CONFIRMED", ...rule,
}));

/** What a statement of each predicate links: subject kinds → object kinds (or a literal), with a weight. */
interface Template {
  predicate: Predicate;
  subject: EntityKind;
  objects: EntityKind[] | "value";
  weight: number;
}

const TEMPLATES: Template[] = [
  { predicate: "HOLDS_ROLE", subject: "PERSON", objects: ["ORGANISATION", "CHAMPIONSHIP", "TEAM"], weight: 10 },
  { predicate: "COMPETED_IN", subject: "PERSON", objects: ["EVENT", "CHAMPIONSHIP", "SEASON"], weight: 16 },
  { predicate: "FOUNDED", subject: "PERSON", objects: ["ORGANISATION", "TEAM"], weight: 2 },
  { predicate: "SUCCEEDED", subject: "PERSON", objects: ["PERSON"], weight: 1 },
  { predicate: "SAID", subject: "PERSON", objects: "value", weight: 3 },
  { predicate: "BORN", subject: "PERSON", objects: "value", weight: 1 },
  { predicate: "COMPETED_IN", subject: "TEAM", objects: ["EVENT", "SEASON"], weight: 16 },
  { predicate: "CHAMPION_OF", subject: "TEAM", objects: ["SEASON"], weight: 2 },
  { predicate: "RECEIVED_AUTOMATIC_ENTRY", subject: "TEAM", objects: ["EVENT"], weight: 1 },
  { predicate: "ORGANISES", subject: "ORGANISATION", objects: ["CHAMPIONSHIP", "EVENT"], weight: 5 },
  { predicate: "SANCTIONS", subject: "ORGANISATION", objects: ["CHAMPIONSHIP"], weight: 1 },
  { predicate: "SUBSIDIARY_OF", subject: "ORGANISATION", objects: ["ORGANISATION"], weight: 1 },
  { predicate: "SHAREHOLDER_OF", subject: "ORGANISATION", objects: ["ORGANISATION", "CHAMPIONSHIP"], weight: 1 },
  { predicate: "PARTY_TO", subject: "ORGANISATION", objects: ["AGREEMENT"], weight: 2 },
  { predicate: "ANNOUNCED", subject: "ORGANISATION", objects: ["AGREEMENT"], weight: 1 },
  { predicate: "LOCATED_IN", subject: "ORGANISATION", objects: "value", weight: 1 },
  { predicate: "CONCERNS", subject: "AGREEMENT", objects: ["CHAMPIONSHIP", "EVENT", "SEASON"], weight: 2 },
  { predicate: "SEASON_OF", subject: "SEASON", objects: ["CHAMPIONSHIP"], weight: 6 },
  { predicate: "HELD_AT", subject: "SEASON", objects: ["VENUE"], weight: 6 },
  { predicate: "CALENDAR", subject: "SEASON", objects: "value", weight: 1 },
  { predicate: "HELD_AT", subject: "EVENT", objects: ["VENUE"], weight: 2 },
  { predicate: "GRANTS_AUTOMATIC_ENTRY", subject: "CHAMPIONSHIP", objects: ["EVENT"], weight: 2 },
  { predicate: "PART_OF_PYRAMID", subject: "CHAMPIONSHIP", objects: ["ORGANISATION", "EVENT"], weight: 1 },
  { predicate: "JOINT_CLASSIFICATION_WITH", subject: "CHAMPIONSHIP", objects: ["CHAMPIONSHIP"], weight: 1 },
  { predicate: "OFFICIAL_NAME", subject: "CHAMPIONSHIP", objects: "value", weight: 1 },
  { predicate: "REGULATION", subject: "CHAMPIONSHIP", objects: "value", weight: 1 },
  { predicate: "PLAN", subject: "CHAMPIONSHIP", objects: "value", weight: 1 },
  { predicate: "INCEPTION", subject: "EVENT", objects: "value", weight: 1 },
  { predicate: "CLASS_OF", subject: "CLASS", objects: ["CHAMPIONSHIP", "EVENT"], weight: 3 },
  { predicate: "LOCATED_IN", subject: "VENUE", objects: "value", weight: 1 },
];
const TEMPLATE_WEIGHTS = TEMPLATES.map((template) => template.weight);

const WORDS = (
  "the race will be held over twenty four hours at the circuit with entries from every class and the organisers " +
  "confirmed that the winner receives an automatic invitation for next year while the series announced new dates " +
  "le championnat sera disputé sur quatre manches et les vainqueurs recevront une invitation pour les 24 heures " +
  "il campionato si correrà su quattro gare e i vincitori riceveranno un invito per la prossima edizione"
).split(" ");
const OUTLETS = ["Endurance-Info", "AutoHebdo", "Motorsport.com", "DailySportscar", "Sportscar365", "Autosport", "Le Maine Libre", "Italiaracing"];
const ROLES = ["president", "CEO", "founder", "sporting director", "team principal", "driver", "chairman", "secretary general"];
const PLACES = ["Le Mans, France", "Abu Dhabi, United Arab Emirates", "Spa, Belgium", "Sepang, Malaysia", "Monza, Italy", "Fuji, Japan", "Sebring, USA"];

/** Hears the generator's phases and, every 100,000 statements, how many it has made. */
export type GenerateProgress = (event: { phase: string; done?: number; total?: number }) => void;

const PROGRESS_EVERY = 100_000;

/** Build the whole graph in memory. Same options, same graph (except nothing: no clock, no Math.random). */
export function generateGraph(options: SynthOptions, progress?: GenerateProgress): SeedGraph {
  const seed = options.seed ?? 1;
  const random = new Random(seed);
  const statementCount = Math.max(1, Math.floor(options.statements));
  const entityTotal = Math.max(200, Math.round(statementCount * (options.entitiesPerStatement ?? 0.1)));
  const location = (line: number) => ({ file: SYNTH_FILE, line });

  // Entities, by kind; the hubs come first in their kind.
  const entities = new Map<string, Located<EntitySeed>>();
  const byKind = new Map<EntityKind, string[]>();
  let line = 1;
  progress?.({ phase: "generating entities", done: 0, total: entityTotal });
  for (const [kind] of KIND_SHARES) byKind.set(kind, []);
  for (const hub of HUBS) {
    entities.set(hub.id, {
      id: hub.id, kind: hub.kind, name: hub.name, description: hub.description, labels: hub.labels,
      aliases: hub.aliases.map((text) => ({ text, ambiguous: false })), location: location(line++),
    });
    byKind.get(hub.kind)!.push(hub.id);
  }
  for (const [kind, share] of KIND_SHARES) {
    const wanted = Math.max(8, Math.round(entityTotal * share));
    const prefix = ENTITY_KINDS[kind].prefix;
    for (let index = byKind.get(kind)!.length; index < wanted; index++) {
      const names = namesFor(kind, index, random.pick(FIRST_NAMES), random.int(1950, 2030));
      const id = `${prefix}/${slug(unaccented(names.name))}-${index}`;
      entities.set(id, {
        id, kind, name: names.name, description: names.description, labels: names.labels,
        aliases: names.aliases.map((text) => ({ text, ambiguous: false })), location: location(line++),
      });
      byKind.get(kind)!.push(id);
    }
  }
  settleAliases(entities);

  // Sources: one per 25 statements or so, in every language.
  const sourceCount = Math.max(20, Math.round(statementCount / 25));
  const sources = new Map<string, Located<SourceSeed>>();
  const sourceIds: string[] = [];
  progress?.({ phase: "generating sources", done: 0, total: sourceCount });
  for (let index = 0; index < sourceCount; index++) {
    const year = random.int(1990, 2025);
    const published = random.chance(0.8) ? isoDay(random, year) : random.chance(0.5) ? `${year}-${pad(random.int(1, 12))}` : String(year);
    const outlet = random.pick(OUTLETS);
    const id = `source/synth-${index}`;
    sources.set(id, {
      id, title: `${stem(index, 7)} ${sentence(random, 4, 9)}`, outlet, language: random.pick(LANGUAGES),
      ...(random.chance(0.5) ? { author: `${random.pick(FIRST_NAMES)} ${stem(index, 11)}` } : {}),
      ...(random.chance(0.9) ? { published } : {}),
      ...(random.chance(0.8) ? { url: `https://${slug(outlet)}.example.org/${year}/${index}` } : {}),
      location: location(line++),
    });
    sourceIds.push(id);
  }
  const quotes = Array.from({ length: 4096 }, () => sentence(random, 5, 20));

  // Statements.
  const statements: StatementSeed[] = new Array(statementCount);
  const kindIds = (kind: EntityKind) => byKind.get(kind)!;
  const objectOf = (kinds: EntityKind[]) => {
    const ids = kindIds(random.pick(kinds));
    // Half the links go to a power-law pick (hubs first), half uniformly: a heavy tail, not a star.
    return random.chance(0.5) ? ids[random.zipf(ids.length)] : random.pick(ids);
  };
  const classIds = kindIds("CLASS");
  const championshipIds = kindIds("CHAMPIONSHIP");
  const fixed = Math.min(FIXED_STATEMENTS.length, statementCount);
  progress?.({ phase: "generating statements", done: 0, total: statementCount });
  for (let index = 0; index < fixed; index++) {
    const { subject, predicate, object, qualifiers = {}, validFrom, validUntil } = FIXED_STATEMENTS[index];
    const statement: StatementSeed = {
      id: `statement/s${index}`, subject, predicate, object, qualifiers: { ...qualifiers }, status: "FACT",
      citations: [{ source: random.pick(sourceIds), quote: random.pick(quotes) }], location: location(line++), recordDate: UNKNOWN_RECORD_DATE, endedBy: null,
      ...(validFrom ? { validFrom } : {}), ...(validUntil ? { validUntil } : {}),
    };
    statements[index] = statement;
  }
  for (let index = fixed; index < statementCount; index++) {
    const template = random.weighted(TEMPLATES, TEMPLATE_WEIGHTS);
    const subjects = kindIds(template.subject);
    const subject = random.chance(0.2) ? subjects[random.zipf(subjects.length)] : random.pick(subjects);
    const statement: StatementSeed = {
      id: `statement/s${index}`,
      subject,
      predicate: template.predicate,
      qualifiers: {},
      status: "FACT",
      citations: [],
      location: location(line++),
      recordDate: UNKNOWN_RECORD_DATE,
      endedBy: null,
    };
    if (template.objects === "value") statement.value = literalFor(template.predicate, random);
    else {
      statement.object = objectOf(template.objects);
      if (statement.object === subject) statement.object = random.pick(kindIds(template.objects[0]));
    }
    qualify(statement, random, classIds, championshipIds);

    // Valid time on about a third; one-off results hold for their year.
    if (template.predicate === "COMPETED_IN" || template.predicate === "CHAMPION_OF") {
      const year = String(random.int(1960, 2025));
      if (random.chance(0.6)) (statement.validFrom = year), (statement.validUntil = year);
    } else if (random.chance(0.3)) {
      const year = random.int(1950, 2024);
      statement.validFrom = partial(random, year);
      if (random.chance(0.5)) statement.validUntil = partial(random, random.int(year + 1, 2030));
    }

    // Status: mostly facts, some announcements, a few undecided or cancelled.
    const roll = random.next();
    if (template.predicate === "GRANTS_AUTOMATIC_ENTRY" && roll < 0.25) {
      statement.status = "UNDECIDED";
      statement.options = distinct(random, classIds, 2 + random.int(0, 1));
      statement.optionsFor = "class";
      delete statement.qualifiers.class;
    } else if (roll < 0.04) statement.status = "ANNOUNCED";
    else if (roll < 0.06) statement.status = "CANCELLED";

    // About 1 % replace an earlier statement.
    if (index > 10 && random.chance(0.01)) statement.supersedes = `s${random.int(0, index - 1)}`;

    const citationCount = random.chance(0.7) ? 1 : 2;
    const cited = citationCount === 1 ? [random.pick(sourceIds)] : distinct(random, sourceIds, 2);
    statement.citations = cited.map((source) => ({ source, quote: random.pick(quotes) }));
    if (random.chance(0.05)) statement.statedOn = isoDay(random, random.int(1990, 2025));
    statements[index] = statement;
    if ((index + 1) % PROGRESS_EVERY === 0 || index + 1 === statementCount) progress?.({ phase: "generating statements", done: index + 1, total: statementCount });
  }
  deriveRecordDates(statements, sources);

  const fingerprint = createHash("sha256").update(`synth\0${seed}\0${statementCount}\0${entityTotal}`).digest("hex").slice(0, 16);
  // Through the seed shape, as a rules file would be: the records are valid and typed as the build expects.
  const rules = RULES.map((rule, index) => ({
    ...ruleShape.parse({
      ...rule,
      citations: [{ source: sourceIds[index % sourceIds.length], quote: "the class winners of the championship receive an automatic invitation" }],
    }),
    location: location(line++),
  }));
  return { sources, entities, statements, extra: { rules, classes: [], awards: [] }, fingerprint, files: [SYNTH_FILE] };
}

/**
 * Acronyms collide ("LMSVA" for several series): as in the seeds, an alias that names several
 * entities is marked ambiguous on each, and an alias equal to another entity's name is dropped.
 */
function settleAliases(entities: Map<string, Located<EntitySeed>>): void {
  const names = new Set<string>();
  for (const entity of entities.values()) names.add(foldText(entity.name));
  const owners = new Map<string, EntitySeed[]>();
  for (const entity of entities.values()) {
    const own = foldText(entity.name);
    entity.aliases = entity.aliases.filter((alias) => {
      const key = foldText(alias.text);
      return key === own || !names.has(key);
    });
    for (const key of new Set(entity.aliases.map((alias) => foldText(alias.text)))) {
      if (key === own) continue;
      const list = owners.get(key);
      if (list) list.push(entity);
      else owners.set(key, [entity]);
    }
  }
  for (const [key, list] of owners) {
    if (list.length < 2) continue;
    for (const entity of list) for (const alias of entity.aliases) if (foldText(alias.text) === key) alias.ambiguous = true;
  }
}

function qualify(statement: StatementSeed, random: Random, classIds: string[], championshipIds: string[]): void {
  const q = statement.qualifiers;
  switch (statement.predicate) {
    case "HOLDS_ROLE":
    case "FOUNDED":
    case "SUCCEEDED":
      q.role = random.pick(ROLES);
      break;
    case "COMPETED_IN":
      q.role = random.chance(0.7) ? "driver" : "entrant";
      if (random.chance(0.5)) q.class = random.pick(classIds);
      break;
    case "CHAMPION_OF":
      q.class = random.pick(classIds);
      break;
    case "GRANTS_AUTOMATIC_ENTRY":
      q.edition = String(random.int(2010, 2026));
      q.class = random.pick(classIds);
      q.position = String(random.int(1, 3));
      q.beneficiary = random.chance(0.7) ? "team" : "crew";
      break;
    case "RECEIVED_AUTOMATIC_ENTRY":
      q.edition = String(random.int(2010, 2026));
      q.class = random.pick(classIds);
      q.via = random.pick(championshipIds);
      break;
    case "PART_OF_PYRAMID":
      q.tier = String(random.int(1, 4));
      break;
    case "JOINT_CLASSIFICATION_WITH":
      q.class = random.pick(classIds);
      break;
    case "SAID":
      q.about = random.pick(championshipIds);
      break;
  }
}

function literalFor(predicate: Predicate, random: Random): string {
  switch (predicate) {
    case "LOCATED_IN":
    case "BORN":
      return random.pick(PLACES);
    case "OFFICIAL_NAME":
      return `${stem(random.int(0, 1_000_000), 3)} Endurance Series`;
    case "CALENDAR":
      return `${random.int(3, 8)} races over ${random.int(2, 6)} weekends`;
    default:
      return sentence(random, 6, 18);
  }
}

function sentence(random: Random, min: number, max: number): string {
  const length = random.int(min, max);
  const words: string[] = [];
  for (let index = 0; index < length; index++) words.push(random.pick(WORDS));
  return words.join(" ");
}

function distinct<T>(random: Random, items: T[], count: number): T[] {
  const chosen = new Set<T>();
  while (chosen.size < Math.min(count, items.length)) chosen.add(random.pick(items));
  return [...chosen];
}

function partial(random: Random, year: number): string {
  const roll = random.next();
  if (roll < 0.7) return String(year);
  if (roll < 0.9) return `${year}-${pad(random.int(1, 12))}`;
  return isoDay(random, year);
}

function isoDay(random: Random, year: number): string {
  return `${year}-${pad(random.int(1, 12))}-${pad(random.int(1, 28))}`;
}

function pad(value: number): string {
  return String(value).padStart(2, "0");
}

function slug(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "");
}
