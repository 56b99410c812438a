// Issue 11, item 9: the time semantics as properties over the real seeds, asked through the API
// (in process). For days D drawn from the seeds' own range and their record and valid-time days:
//   - a `knownAt: D` answer holds exactly the statements whose record date is on or before D — none
//     reported later, none undated;
//   - `knownAt` answers only grow with D;
//   - a default `asOf: D` answer holds exactly the statements known to hold on D: begun by then (by
//     their own start, or by their record date when they have none) and not ended;
//   - a default `asOf: "2022"` (or "2022-06") answer holds exactly what held on some day of the period.
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { STATUSES } from "../../src/domain/vocabulary";
import { openInProcessGraph, type InProcessGraph } from "../support/execute";

interface Node {
  id: string;
  status: string;
  statedOn: { lastDay: string } | null;
  validFrom: { firstDay: string } | null;
  validUntil: { lastDay: string } | null;
  holding: { state: string } | null;
}

const EVERY_STATUS = Object.keys(STATUSES);
const PAGE = `query ($after: String, $knownAt: Date, $asOf: Date, $statuses: [StatementStatus!]) {
  statements(first: 100, after: $after, knownAt: $knownAt, asOf: $asOf, statuses: $statuses) {
    pageInfo { hasNextPage endCursor }
    nodes { id status statedOn { lastDay } validFrom { firstDay } validUntil { lastDay } holding { state } }
  } }`;
const RUNS = { numRuns: 25 };

let graph: InProcessGraph;
/** Every statement, every status, as known today. */
let everything: Node[];
let days: fc.Arbitrary<string>;

async function statements(variables: { knownAt?: string; asOf?: string; statuses?: string[] }): Promise<Node[]> {
  const nodes: Node[] = [];
  let after: string | null = null;
  do {
    const data: { statements: { pageInfo: { hasNextPage: boolean; endCursor: string | null }; nodes: Node[] } } = await graph.run(PAGE, { ...variables, after });
    nodes.push(...data.statements.nodes);
    after = data.statements.pageInfo.hasNextPage ? data.statements.pageInfo.endCursor : null;
  } while (after);
  return nodes;
}

const ids = (nodes: Node[]) => nodes.map((node) => node.id).sort();
const isoDay = (date: Date) => date.toISOString().slice(0, 10);
const dayAfter = (day: string) => isoDay(new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000));
const dayBefore = (day: string) => isoDay(new Date(Date.parse(`${day}T00:00:00Z`) - 86_400_000));

/** Known to hold on some day from `first` to `last`: begun by `last` and not ended before `first`. */
function knownToHoldDuring(node: Node, first: string, last: string): boolean {
  const start = node.validFrom?.firstDay ?? node.statedOn?.lastDay ?? null;
  return start !== null && start <= last && (node.validUntil === null || node.validUntil.lastDay >= first);
}

/** The last day of a year ("2022") or a month ("2022-02"). */
function lastDayOfPeriod(period: string): string {
  if (period.length === 4) return `${period}-12-31`;
  const [year, month] = period.split("-").map(Number);
  return isoDay(new Date(Date.UTC(year, month, 0)));
}

beforeAll(async () => {
  graph = await openInProcessGraph();
  everything = await statements({ statuses: EVERY_STATUS });
  // The seeds' own days, and the days either side of each: where an off-by-one would show.
  const seedDays = [...new Set(everything.flatMap((node) => [node.statedOn?.lastDay, node.validFrom?.firstDay, node.validUntil?.lastDay]).filter((day): day is string => Boolean(day)))].sort();
  const edges = [...new Set(seedDays.flatMap((day) => [dayBefore(day), day, dayAfter(day)]))];
  const range = fc.date({ min: new Date(`${seedDays[0]}T00:00:00Z`), max: new Date(`${seedDays.at(-1)}T00:00:00Z`), noInvalidDate: true }).map(isoDay);
  days = fc.oneof(fc.constantFrom(...edges), range);
}, 60_000);
afterAll(() => graph?.close());

describe("time over the seeds, through the API", () => {
  it("has statements to test: dated, undated, with and without a start", () => {
    expect(everything.length).toBeGreaterThan(100);
    expect(everything.some((node) => node.statedOn === null)).toBe(true);
    expect(everything.some((node) => node.validFrom === null && node.statedOn !== null)).toBe(true);
  });

  it("a knownAt: D answer holds exactly what was on record by D: nothing reported later, nothing undated", async () => {
    await fc.assert(
      fc.asyncProperty(days, async (day) => {
        const known = await statements({ knownAt: day, statuses: EVERY_STATUS });
        for (const node of known) {
          expect(node.statedOn, node.id).not.toBeNull();
          expect(node.statedOn!.lastDay <= day, `${node.id} recorded ${node.statedOn!.lastDay}, after ${day}`).toBe(true);
        }
        expect(ids(known)).toEqual(ids(everything.filter((node) => node.statedOn !== null && node.statedOn.lastDay <= day)));
      }),
      RUNS,
    );
  });

  it("knownAt answers only grow with D", async () => {
    await fc.assert(
      fc.asyncProperty(days, days, async (first, second) => {
        const [earlier, later] = first <= second ? [first, second] : [second, first];
        const before = ids(await statements({ knownAt: earlier, statuses: EVERY_STATUS }));
        const after = new Set(ids(await statements({ knownAt: later, statuses: EVERY_STATUS })));
        expect(before.filter((id) => !after.has(id)), `known at ${earlier} but not at ${later}`).toEqual([]);
      }),
      RUNS,
    );
  });

  it("a default asOf: D answer holds exactly the statements known to hold on D, each marked HELD", async () => {
    const current = everything.filter((node) => node.status !== "SUPERSEDED"); // the default statuses, as known today
    await fc.assert(
      fc.asyncProperty(days, async (day) => {
        const held = await statements({ asOf: day });
        for (const node of held) {
          expect(knownToHoldDuring(node, day, day), `${node.id} is not known to hold on ${day}`).toBe(true);
          expect(node.holding?.state).toBe("HELD");
        }
        expect(ids(held)).toEqual(ids(current.filter((node) => knownToHoldDuring(node, day, day))));
      }),
      RUNS,
    );
  });

  it("a default asOf over a year or a month holds exactly what held on some day of it, each marked HELD", async () => {
    const current = everything.filter((node) => node.status !== "SUPERSEDED");
    const periods = fc.tuple(days, fc.boolean()).map(([day, wholeYear]) => (wholeYear ? day.slice(0, 4) : day.slice(0, 7)));
    await fc.assert(
      fc.asyncProperty(periods, async (period) => {
        const [first, last] = [period.length === 4 ? `${period}-01-01` : `${period}-01`, lastDayOfPeriod(period)];
        const held = await statements({ asOf: period });
        for (const node of held) expect(node.holding?.state, `${node.id} as of ${period}`).toBe("HELD");
        expect(ids(held)).toEqual(ids(current.filter((node) => knownToHoldDuring(node, first, last))));
      }),
      RUNS,
    );
  });
});
