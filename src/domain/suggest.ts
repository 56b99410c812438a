/** "Did you mean …?" suggestions, by edit distance on folded text (as graphql-js's didYouMean). */
import { foldText } from "./text";

export function closestMatches(input: string, candidates: readonly string[], limit: number): string[] {
  const target = foldText(input);
  const threshold = Math.max(2, Math.floor(target.length * 0.4));
  return candidates
    .map((candidate) => ({ candidate, distance: editDistance(target, foldText(candidate)) }))
    .filter((item) => item.distance <= threshold)
    .sort((a, b) => a.distance - b.distance || a.candidate.localeCompare(b.candidate))
    .slice(0, limit)
    .map((item) => item.candidate);
}

/** Levenshtein distance with two rows. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
    }
    previous = current;
  }
  return previous[b.length];
}
