/**
 * Words for explanations. Every verdict explains itself in plain English, so the phrasing
 * lives in one place and reads the same in every answer.
 */
import { RATINGS, type EligibilityData, type Rating } from "./types";

/** "a", "a and b", "a, b and c" — or with "or". */
export function listOf(items: readonly string[], joiner: "and" | "or" = "and"): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} ${joiner} ${items[items.length - 1]}`;
}

/**
 * The display name of an id: an explicit name first, then a class definition's name, else the
 * id itself (an id is unambiguous, which beats a guessed name).
 */
export function nameOf(id: string, data: Pick<EligibilityData, "names" | "classes">): string {
  return data.names?.[id] ?? data.classes?.find((definition) => definition.class === id)?.name ?? id;
}

export function ratingName(rating: Rating): string {
  return rating.charAt(0) + rating.slice(1).toLowerCase();
}

/** "Gold or Platinum"; "any rating" when all four are accepted. */
export function ratingsText(ratings: readonly Rating[]): string {
  if (RATINGS.every((rating) => ratings.includes(rating))) return "any rating";
  return listOf(ratings.map(ratingName), "or");
}

/** A crew as written in explanations: "Bronze, Silver, Gold". */
export function crewText(crew: readonly Rating[]): string {
  return crew.length === 0 ? "no drivers" : crew.map(ratingName).join(", ");
}
