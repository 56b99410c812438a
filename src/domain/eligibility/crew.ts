/**
 * Does a crew fit a class's crew condition? Drivers fill slots one each, so this is a small
 * bipartite matching: a greedy pass would wrongly put a Platinum in a "Gold or Platinum" slot
 * that another driver needed. Drivers beyond the slots go to "other" places that accept
 * `others`; the crew fits when every driver and every slot is matched.
 */
import { RATINGS, type CrewCondition, type Rating } from "./types";

export interface CrewMatch {
  fits: boolean;
  /** Slots (their accepted ratings) no driver could fill. */
  unfilledSlots: Rating[][];
  /**
   * Drivers (their ratings) with no slot who may not be further drivers either. A driver who
   * could be a further driver is left out only because a slot is empty: the slot is the reason.
   */
  unplacedDrivers: Rating[];
}

export function matchCrew(crew: readonly Rating[], condition: CrewCondition): CrewMatch {
  const slots = condition.slots ?? [];
  const others = condition.others ?? [];
  // Exactly enough "other" places for the drivers the slots cannot take, so a perfect matching
  // must fill every real slot as well.
  const places = [...slots, ...Array.from({ length: Math.max(0, crew.length - slots.length) }, () => others)];
  const driverOf = maximumMatching(crew, places);
  const unfilledSlots = slots.filter((_, index) => driverOf[index] === -1);
  const placed = new Set(driverOf.filter((driver) => driver !== -1));
  const unplaced = crew.filter((_, index) => !placed.has(index));
  const unplacedDrivers = unplaced.filter((rating) => !others.includes(rating));
  return { fits: unfilledSlots.length === 0 && unplaced.length === 0, unfilledSlots, unplacedDrivers };
}

/** Kuhn's augmenting paths: for each place, the index of its driver or -1. Real slots come first, so they are filled first. */
function maximumMatching(crew: readonly Rating[], places: readonly Rating[][]): number[] {
  const driverOf = places.map(() => -1);
  const tryPlace = (driver: number, seen: boolean[]): boolean =>
    places.some((accepts, place) => {
      if (seen[place] || !accepts.includes(crew[driver])) return false;
      seen[place] = true;
      if (driverOf[place] !== -1 && !tryPlace(driverOf[place], seen)) return false;
      driverOf[place] = driver;
      return true;
    });
  crew.forEach((_, driver) => tryPlace(driver, places.map(() => false)));
  return driverOf;
}

/** The crew sizes a condition allows: the slots set a floor; no `others` sets a ceiling. */
export function driverLimits(condition: CrewCondition): { min: number; max: number } {
  const slots = condition.slots?.length ?? 0;
  const open = (condition.others ?? []).length > 0;
  return {
    min: Math.max(condition.minDrivers ?? 1, slots),
    max: condition.maxDrivers ?? (open ? Number.POSITIVE_INFINITY : slots),
  };
}

export function acceptsEveryRating(ratings: readonly Rating[]): boolean {
  return RATINGS.every((rating) => ratings.includes(rating));
}
