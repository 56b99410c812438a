import { foldWithOffsets } from "../text";
import { Automaton } from "./automaton";
import type { MentionEntry } from "./types";

/** What the automaton keeps for each folded name: who it names, and what a match needs around it. */
export interface Surface {
  /** Sorted, without repeats. */
  readonly entityIds: string[];
  /** Whether the name starts with a letter or digit, so must not follow one ("ACO" is not in "TACO"). */
  readonly startsWithWordChar: boolean;
}

/** The graph's names, folded, in an automaton. Build it once per graph and reuse it for every text. */
export interface MentionIndex {
  readonly automaton: Automaton<Surface>;
  /** Distinct folded names. */
  readonly names: number;
}

/** Names shorter than this (folded, in characters) would match too much to mean anything. */
export const MIN_NAME_LENGTH = 2;

/**
 * Builds the dictionary of names. Names are folded the same way as the texts searched, so accents,
 * case and apostrophe styles do not matter; two names that fold the same are one surface form,
 * naming every entity that has it. O(total length of the names).
 */
export function buildMentionIndex(entries: readonly MentionEntry[]): MentionIndex {
  const automaton = new Automaton<Surface>();
  const idSets = new Map<Surface, Set<string>>();
  for (const entry of entries) {
    const name = foldWithOffsets(entry.text).folded;
    if (codePointCount(name) < MIN_NAME_LENGTH) continue;
    const surface = automaton.add(name, () => ({ entityIds: [], startsWithWordChar: isWordChar(name.codePointAt(0)!) }));
    const ids = idSets.get(surface) ?? new Set<string>();
    ids.add(entry.entityId);
    idSets.set(surface, ids);
  }
  for (const [surface, ids] of idSets) surface.entityIds.push(...[...ids].sort());
  automaton.build();
  return { automaton, names: idSets.size };
}

/** Letters and digits make words; anything else (space, apostrophe, dash, punctuation) separates them. */
export function isWordChar(codePoint: number): boolean {
  return /[\p{L}\p{N}]/u.test(String.fromCodePoint(codePoint));
}

function codePointCount(text: string): number {
  let count = 0;
  for (const _ of text) count++;
  return count;
}
