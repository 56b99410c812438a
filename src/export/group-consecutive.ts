/**
 * Groups rows that arrive sorted by a key (a statement and its citations, an entity and its names)
 * without reading ahead more than one group: what lets a joined query stream one record at a time.
 */
export async function* groupConsecutive<Row>(rows: AsyncIterable<Row>, keyOf: (row: Row) => string): AsyncGenerator<Row[]> {
  let group: Row[] = [];
  for await (const row of rows) {
    if (group.length > 0 && keyOf(group[0]) !== keyOf(row)) {
      yield group;
      group = [];
    }
    group.push(row);
  }
  if (group.length > 0) yield group;
}

/** Joins small string chunks into pieces of about `size` characters, so a stream makes few large writes. */
export async function* batched(chunks: AsyncIterable<string>, size = 64 * 1024): AsyncGenerator<string> {
  let pending: string[] = [];
  let length = 0;
  for await (const chunk of chunks) {
    pending.push(chunk);
    length += chunk.length;
    if (length >= size) {
      yield pending.join("");
      pending = [];
      length = 0;
    }
  }
  if (pending.length > 0) yield pending.join("");
}
