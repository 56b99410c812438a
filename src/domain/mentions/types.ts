/** A name, label or alias of an entity, in any language. */
export interface MentionEntry {
  readonly text: string;
  readonly entityId: string;
}

/** A place in a text where the graph's entities are named. */
export interface Mention {
  /** UTF-16 offset of the first character in the original text. */
  start: number;
  /** UTF-16 offset just past the last character (exclusive): `text.slice(start, end)` is the mention. */
  end: number;
  /** The text as written, accents and all. */
  text: string;
  /** The entity named; several when the name is an ambiguous alias ("ALMS"), sorted. */
  entityIds: string[];
}
