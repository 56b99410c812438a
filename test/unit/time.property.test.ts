// Properties of the two time axes (issue 11), over generated statements: record time never lets an
// undated or later-reported statement into a knownAt answer, and valid time never calls a
// statement held on a day it is not known to hold.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { partialDate } from "../../src/domain/partial-date";
import { holdingOn, knownOn, knownToHoldFrom, recordDateOf, HAPPENED_PREDICATES, type RecordDateInput } from "../../src/domain/time";

const day = fc.date({ min: new Date("1990-01-01T00:00:00Z"), max: new Date("2030-12-31T00:00:00Z"), noInvalidDate: true }).map((date) => date.toISOString().slice(0, 10));
/** A partial date at year, month or day precision. */
const partial = fc.tuple(day, fc.constantFrom(4, 7, 10)).map(([iso, length]) => iso.slice(0, length));

const statementInput: fc.Arbitrary<RecordDateInput> = fc.record({
  statedOn: fc.option(partial, { nil: null }),
  predicate: fc.constantFrom("HOLDS_ROLE", "CHAMPION_OF", "HELD_AT", "PLAN"),
  status: fc.constantFrom("FACT", "ANNOUNCED"),
  validFrom: fc.option(partial, { nil: null }),
  citations: fc.array(fc.record({ sourceId: fc.constantFrom("source/a", "source/b", "source/c"), published: fc.option(partial, { nil: null }) }), { minLength: 1, maxLength: 3 }),
});

describe("record date", () => {
  it("is unknown exactly when neither the statement nor any cited source is dated", () => {
    fc.assert(
      fc.property(statementInput, (input) => {
        const record = recordDateOf(input);
        const dated = Boolean(input.statedOn) || input.citations.some((citation) => citation.published);
        expect(record.day === null).toBe(!dated);
        expect(record.origin === "UNKNOWN").toBe(!dated);
      }),
    );
  });

  it("is never before the statement's statedOn, or before its earliest source when it has no statedOn", () => {
    fc.assert(
      fc.property(statementInput, (input) => {
        const record = recordDateOf(input);
        if (!record.day) return;
        if (input.statedOn) expect(record.day >= partialDate(input.statedOn).lastDay).toBe(true);
        else {
          const earliest = input.citations.filter((c) => c.published).map((c) => partialDate(c.published!).lastDay).sort()[0];
          expect(record.day >= earliest).toBe(true);
        }
      }),
    );
  });

  it("puts a reported result no earlier than the day it began", () => {
    fc.assert(
      fc.property(statementInput, (input) => {
        const record = recordDateOf(input);
        if (record.day && input.status === "FACT" && input.validFrom && HAPPENED_PREDICATES.has(input.predicate as never)) {
          expect(record.day >= partialDate(input.validFrom).firstDay).toBe(true);
        }
      }),
    );
  });

  it("is known from its day on and never before, so knownAt answers only grow with the day", () => {
    fc.assert(
      fc.property(statementInput, day, day, (input, first, second) => {
        const record = recordDateOf(input);
        const [earlier, later] = first <= second ? [first, second] : [second, first];
        if (knownOn(record, earlier)) expect(knownOn(record, later)).toBe(true);
        if (knownOn(record, earlier)) expect(record.day! <= earlier).toBe(true);
        if (!record.day) expect(knownOn(record, later)).toBe(false);
      }),
    );
  });
});

describe("valid time", () => {
  const validity = fc.record({ validFromDay: fc.option(day, { nil: null }), validUntilDay: fc.option(day, { nil: null }), recordDay: fc.option(day, { nil: null }) });

  it("calls a statement held on a day only from its start, or its record date when it has no start, until its end", () => {
    fc.assert(
      fc.property(validity, day, (statement, on) => {
        const { holding } = holdingOn(statement, on);
        const from = knownToHoldFrom(statement);
        if (holding === "HELD") {
          expect(from !== null && from <= on).toBe(true);
          expect(statement.validUntilDay === null || on <= statement.validUntilDay).toBe(true);
        }
        if (holding === "UNKNOWN") expect(statement.validFromDay).toBeNull();
      }),
    );
  });

  it("never calls an undated statement held before it was reported", () => {
    fc.assert(
      fc.property(validity, day, (statement, on) => {
        const undated = { ...statement, validFromDay: null };
        if (!undated.recordDay || on < undated.recordDay) expect(holdingOn(undated, on).holding).not.toBe("HELD");
      }),
    );
  });
});
