/**
 * One claim, one statement: two statements that say the same thing about the same subject
 * (subject, predicate, object or value, qualifiers) at times that overlap, or at times not
 * known, are one claim seeded twice — unless the curator marked them as distinct claims.
 */

export interface ClaimInput {
  id: string;
  subject: string;
  predicate: string;
  object?: string | null;
  value?: string | null;
  qualifiers: Record<string, string>;
  /** First day of validFrom / last day of validUntil, ISO; null = not stated. */
  validFromDay: string | null;
  validUntilDay: string | null;
  /** Why this is a separate claim from its look-alike, when it is one. */
  distinct?: string | null;
}

export function claimKey(claim: ClaimInput): string {
  const qualifiers = Object.entries(claim.qualifiers).sort(([a], [b]) => a.localeCompare(b));
  return JSON.stringify([claim.subject, claim.predicate, claim.object ?? null, claim.value ?? null, qualifiers]);
}

/** Do the two intervals share a day? A bound not stated makes the overlap possible, so it counts. */
export function timesMayOverlap(a: ClaimInput, b: ClaimInput): boolean {
  if (!a.validFromDay && !a.validUntilDay) return true;
  if (!b.validFromDay && !b.validUntilDay) return true;
  const aFrom = a.validFromDay ?? "0000-01-01";
  const bFrom = b.validFromDay ?? "0000-01-01";
  const aUntil = a.validUntilDay ?? "9999-12-31";
  const bUntil = b.validUntilDay ?? "9999-12-31";
  return aFrom <= bUntil && bFrom <= aUntil;
}

/** Pairs of statements that are one claim seeded twice (neither marked distinct). */
export function duplicateClaims<T extends ClaimInput>(claims: T[]): [T, T][] {
  const byKey = new Map<string, T[]>();
  for (const claim of claims) {
    const key = claimKey(claim);
    byKey.set(key, [...(byKey.get(key) ?? []), claim]);
  }
  const pairs: [T, T][] = [];
  for (const group of byKey.values()) {
    for (let i = 0; i < group.length; i++) {
      for (let j = i + 1; j < group.length; j++) {
        const [a, b] = [group[i], group[j]];
        if (!a.distinct && !b.distinct && timesMayOverlap(a, b)) pairs.push([a, b]);
      }
    }
  }
  return pairs;
}

/** The dispute links made symmetric: a claim that disputes another is disputed by it too. */
export function disputeLinks(claims: { id: string; disputes: string[] }[]): Map<string, string[]> {
  const links = new Map<string, Set<string>>();
  const link = (a: string, b: string) => links.set(a, (links.get(a) ?? new Set()).add(b));
  for (const claim of claims) {
    for (const other of claim.disputes) {
      link(claim.id, other);
      link(other, claim.id);
    }
  }
  return new Map([...links].map(([id, others]) => [id, [...others].sort()]));
}
