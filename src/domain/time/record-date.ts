/**
 * Record time: the day by which a statement had surely been reported. A statement's record
 * date is its own `statedOn`, else the earliest publication date among its cited sources;
 * with neither it is unknown, and no `knownAt` answer may claim it was known.
 */
import { partialDate } from "../partial-date";
import type { Predicate } from "../vocabulary";

/** Where a record date came from, so an answer can say how it knows (each described as the API documents it). */
export const RECORD_DATE_ORIGINS = {
  STATED: "The statement's own date of first report, given by its source.",
  SOURCE_PUBLISHED: "The earliest publication date among the statement's sources (`statedOnSource`).",
  VALID_FROM: "The day the reported result began: something that happened cannot have been reported before it happened.",
  UNKNOWN: "Neither the statement nor any of its sources is dated: record date unknown, so no `knownAt` answer includes it.",
} as const;
export type RecordDateOrigin = keyof typeof RECORD_DATE_ORIGINS;

export interface RecordDate {
  /** As written (partial): "2021-11-05", "2021-11" or "2021"; null when unknown. */
  date: string | null;
  /** The last day `date` covers, ISO: by then it had surely been reported; null when unknown. */
  day: string | null;
  origin: RecordDateOrigin;
  /** The source whose publication date it is (origin SOURCE_PUBLISHED). */
  sourceId: string | null;
}

export interface RecordDateInput {
  statedOn?: string | null;
  predicate: string;
  status: string;
  validFrom?: string | null;
  citations: { sourceId: string; published?: string | null }[];
}

/**
 * Predicates that report something that happened (a race held, a title won, a crew that raced):
 * as FACTs they cannot have been reported before they began.
 */
export const HAPPENED_PREDICATES: ReadonlySet<Predicate> = new Set<Predicate>(["CHAMPION_OF", "COMPETED_IN", "HELD_AT", "HIATUS"]);

export const UNKNOWN_RECORD_DATE: RecordDate = { date: null, day: null, origin: "UNKNOWN", sourceId: null };

export function recordDateOf(input: RecordDateInput): RecordDate {
  const reported = input.statedOn ? stated(input.statedOn) : earliestPublication(input.citations);
  if (!reported.day) return reported;
  return boundedByWhatHappened(reported, input);
}

function stated(statedOn: string): RecordDate {
  return { date: statedOn, day: partialDate(statedOn).lastDay, origin: "STATED", sourceId: null };
}

/** Publication dates compare by their last day: a source dated "2021-11" is only surely out by 2021-11-30. */
function earliestPublication(citations: RecordDateInput["citations"]): RecordDate {
  let best: RecordDate = UNKNOWN_RECORD_DATE;
  for (const citation of citations) {
    if (!citation.published) continue;
    const day = partialDate(citation.published).lastDay;
    if (!best.day || day < best.day) best = { date: citation.published, day, origin: "SOURCE_PUBLISHED", sourceId: citation.sourceId };
  }
  return best;
}

function boundedByWhatHappened(reported: RecordDate, input: RecordDateInput): RecordDate {
  if (input.status !== "FACT" || !input.validFrom || !HAPPENED_PREDICATES.has(input.predicate as Predicate)) return reported;
  const start = partialDate(input.validFrom).firstDay;
  if (reported.day && reported.day >= start) return reported;
  return { date: start, day: start, origin: "VALID_FROM", sourceId: null };
}

/** Was the statement known on `day`? Unknown record dates are never known. */
export function knownOn(record: Pick<RecordDate, "day">, day: string): boolean {
  return record.day !== null && record.day <= day;
}
