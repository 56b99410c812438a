/** Finding the graph's entities named in a free text. Pure logic: the caller supplies the names. */
export { buildMentionIndex, MIN_NAME_LENGTH, type MentionIndex } from "./mention-index";
export { findMentions } from "./find-mentions";
export type { AutomatonStats } from "./automaton";
export type { Mention, MentionEntry } from "./types";
