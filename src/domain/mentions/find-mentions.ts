import { foldWithOffsets } from "../text";
import type { AutomatonStats } from "./automaton";
import { isWordChar, type MentionIndex } from "./mention-index";
import type { Mention } from "./types";

/**
 * Finds the graph's names in a free text and returns where each one is, in the order they appear.
 *
 * The text is folded (accents, case, apostrophes) and run once through the index's automaton.
 * A name counts only on word boundaries ("Le Mans" is not in "Le Mansfield") and only on whole
 * characters of the original text. Where names overlap, the leftmost wins, then the longest: in
 * "24 Ore di Le Mans", "24 Ore di Le Mans" and not "Le Mans"; "GT World Challenge Asia" and not
 * "GT World Challenge". O(text length + names found), whatever the size of the dictionary.
 *
 * `stats`, when given, counts the automaton's work (for tests).
 */
/**
 * The last answer, kept: the API counts a text's mentions to price the query, then resolves the
 * same text; the second call then only copies the answer.
 */
let last: { index: MentionIndex; text: string; mentions: Mention[] } | null = null;

export function findMentions(index: MentionIndex, text: string, stats?: AutomatonStats): Mention[] {
  if (!stats && last && last.index === index && last.text === text) return copyOf(last.mentions);
  const mentions = searchMentions(index, text, stats);
  if (!stats) last = { index, text, mentions: copyOf(mentions) };
  return mentions;
}

/** Fresh arrays for every caller, so that no caller can change what another one gets. */
function copyOf(mentions: Mention[]): Mention[] {
  return mentions.map((mention) => ({ ...mention, entityIds: [...mention.entityIds] }));
}

function searchMentions(index: MentionIndex, text: string, stats?: AutomatonStats): Mention[] {
  const { folded, offsets } = foldWithOffsets(text);
  const longest = longestMatchByStart(index, folded, offsets, stats);
  const mentions: Mention[] = [];
  for (let start = 0; start < folded.length; ) {
    const end = longest.endAt[start];
    if (end === 0) {
      start++;
      continue;
    }
    const [from, to] = [offsets[start], offsets[end]];
    mentions.push({ start: from, end: to, text: text.slice(from, to), entityIds: [...longest.entityIdsAt[start]] });
    start = end;
  }
  return mentions;
}

/** For each folded position, the longest acceptable name starting there: its end (0 for none) and entities. */
interface LongestMatches {
  readonly endAt: Uint32Array;
  readonly entityIdsAt: Array<readonly string[]>;
}

function longestMatchByStart(index: MentionIndex, folded: string, offsets: readonly number[], stats?: AutomatonStats): LongestMatches {
  const endAt = new Uint32Array(folded.length);
  const entityIdsAt: Array<readonly string[]> = [];
  index.automaton.scan(
    folded,
    (last, node) => {
      const end = last + 1;
      // Every name ending here ends with the same character, so one test rules them all out at once:
      // inside a word, or inside a character, nothing can end.
      if (!endsWord(folded, end) || !isCharBoundary(offsets, end)) return;
      index.automaton.wordsEndingAt(
        node,
        (length, surface) => {
          const start = end - length;
          if (surface.startsWithWordChar && !startsWord(folded, start)) return;
          if (!isCharBoundary(offsets, start)) return;
          if (endAt[start] < end) {
            endAt[start] = end;
            entityIdsAt[start] = surface.entityIds;
          }
        },
        stats,
      );
    },
    stats,
  );
  return { endAt, entityIdsAt };
}

/** Whether a name ending just before `end` ends a word: no letter or digit both before and after. */
function endsWord(folded: string, end: number): boolean {
  if (end >= folded.length) return true;
  return !(isWordChar(codePointBefore(folded, end)) && isWordChar(folded.codePointAt(end)!));
}

/** Whether a name starting with a letter or digit at `start` starts a word. */
function startsWord(folded: string, start: number): boolean {
  return start === 0 || !isWordChar(codePointBefore(folded, start));
}

/** Whether folded position `at` falls between two characters of the original, not inside one ("ﬁ", an emoji). */
function isCharBoundary(offsets: readonly number[], at: number): boolean {
  return at === 0 || offsets[at - 1] !== offsets[at];
}

/** The code point that ends just before `at`, reading a surrogate pair whole. */
function codePointBefore(text: string, at: number): number {
  const low = text.charCodeAt(at - 1);
  if (low >= 0xdc00 && low <= 0xdfff && at >= 2) {
    const high = text.charCodeAt(at - 2);
    if (high >= 0xd800 && high <= 0xdbff) return text.codePointAt(at - 2)!;
  }
  return low;
}
