/** The validated seed graph and its parts: what load-seeds.ts produces and the checks and the database build read. */
import type { Award, ClassDefinition, RuleRecord } from "../domain/eligibility";
import type { RecordDate } from "../domain/time";
import type { EntitySeed, SourceSeed, StatementShape } from "./shapes";

export interface Location {
  file: string;
  line: number;
}
export type Located<T> = T & { location: Location };

export interface StatementSeed extends StatementShape {
  /** Global id, "statement/<seed id or content hash>". */
  id: string;
  /** Derived: when it was first known to be reported (statedOn, else its sources' publication). */
  recordDate: RecordDate;
  /** Derived: the succession that ends this role, when a source says who replaced whom. */
  endedBy: { statementId: string; validUntilDay: string } | null;
  location: Location;
}

/** Sections the eligibility engine reads whole (rule-shapes.ts gives their shapes). */
export type ExtraSection = "rules" | "classes" | "awards";
export const EXTRA_SECTIONS: ExtraSection[] = ["rules", "classes", "awards"];

export type ExtraRecord = RuleRecord | ClassDefinition | Award;

export interface ExtraSections {
  /** Lets generic code walk every section (Object.entries) and see records with an `id`. */
  [section: string]: Located<ExtraRecord>[];
  rules: Located<RuleRecord>[];
  classes: Located<ClassDefinition>[];
  awards: Located<Award>[];
}

export interface SeedGraph {
  sources: Map<string, Located<SourceSeed>>;
  entities: Map<string, Located<EntitySeed>>;
  statements: StatementSeed[];
  extra: ExtraSections;
  /** Hash of every seed file's path and content: names the database build. */
  fingerprint: string;
  files: string[];
}
