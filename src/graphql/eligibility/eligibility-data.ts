/**
 * The rules, class definitions and awards, read once per request and parsed into the engine's
 * plain data. The database is read-only while served and the records are few (tens), so one
 * SQL statement on first use per request is cheaper than any cross-request cache to invalidate.
 */
import { eligibilityRecords } from "../../db/queries";
import type { Award, ClassDefinition, EligibilityData } from "../../domain/eligibility";
import type { RuleRecord } from "../../seeds/rule-shapes";
import type { Context } from "../context";

export interface EligibilityBook {
  data: EligibilityData & { rules: readonly RuleRecord[]; classes: readonly ClassDefinition[]; awards: readonly Award[] };
  rulesById: ReadonlyMap<string, RuleRecord>;
  /** "seeds/rules/le-mans-2024.yaml:15" by record id, for corrections. */
  seedLocations: ReadonlyMap<string, string>;
}

const perRequest = new WeakMap<Context, Promise<EligibilityBook>>();

export function eligibilityBook(context: Context): Promise<EligibilityBook> {
  let book = perRequest.get(context);
  if (!book) {
    book = readBook(context);
    perRequest.set(context, book);
  }
  return book;
}

async function readBook(context: Context): Promise<EligibilityBook> {
  const rows = await eligibilityRecords(context.sql);
  const parsed = (section: string) => rows.filter((row) => row.section === section).map((row) => JSON.parse(row.json));
  const rules = parsed("rules") as RuleRecord[];
  const names = Object.fromEntries(rows.filter((row) => row.section === "name").map((row) => [row.id, row.json]));
  const seedLocations = new Map(rows.filter((row) => row.seedFile).map((row) => [row.id, `${row.seedFile}:${row.seedLine}`]));
  return {
    data: { rules, classes: parsed("classes") as ClassDefinition[], awards: parsed("awards") as Award[], names },
    rulesById: new Map(rules.map((rule) => [rule.id, rule])),
    seedLocations,
  };
}
