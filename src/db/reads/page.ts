/** What a page read takes and gives: a window over an ordered list, and the rows in it with the list's total. */

export interface PageWindow {
  offset: number;
  limit: number;
}

/** `total` counts the whole list, whatever the window: a page past the end has no rows and the same total. */
export interface Page<Row> {
  rows: Row[];
  total: number;
}

/** Id lists travel as one JSON parameter, so each query has one SQL text to prepare. */
export const ids = (keys: readonly string[]): string => JSON.stringify(keys);

/**
 * Splits rows of "total + page row" (one row per page item, or one row with a null `id` for an empty
 * page, so the total survives an offset past the end) into a Page.
 */
export function pageOf<Row extends { id: string | null }>(rows: (Row & { pageTotal: number })[]): Page<Omit<Row, "pageTotal">> {
  const total = rows[0]?.pageTotal ?? 0;
  return { rows: rows.filter((row) => row.id !== null).map(({ pageTotal: _total, ...row }) => row), total };
}
