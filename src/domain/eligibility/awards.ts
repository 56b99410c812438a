/** Record time for awards, classes and other cited records: known once a source had reported them. */
import { lastDayOf } from "../partial-date";

/**
 * Was a record reported by `knownAt`, given the publication dates of its sources? Yes once one of
 * them was published (to the last day of a partial date; a `knownAt` month or year counts to its last day too); a record none of whose sources has a date
 * counts as known, as an undated statement does. Always yes without `knownAt`.
 */
export function reportedBy(published: readonly (string | null | undefined)[], knownAt: string | null | undefined): boolean {
  if (!knownAt) return true;
  const knownBy = lastDayOf(knownAt);
  const days = published.flatMap((date) => (date ? [lastDayOf(date)] : []));
  return days.length === 0 || days.some((day) => day <= knownBy);
}
