// The id formats and status lists of src/domain/vocabulary.ts, as seeds and API clients see them.
import { describe, expect, it } from "vitest";
import { ENTITY_ID, ENTITY_KIND_NAMES, ENTITY_KINDS, LANGUAGES, SEEDED_STATUSES, STATUS_NAMES, STATUSES, kindName, statementId } from "../../src/domain/vocabulary";

describe("entity ids", () => {
  it("are a kind's prefix, a slash and a lower-case slug, for every kind", () => {
    const ids = ["person/stephane-ratel", "org/aco", "championship/asian-le-mans-series", "event/24h-le-mans", "season/alms-2021", "class/gtwce-pro-am", "venue/dubai-autodrome", "team/pure-rxcing", "agreement/aco-lmem-sro-2021"];
    expect(ids.filter((id) => !ENTITY_ID.test(id))).toEqual([]);
    expect(ids.map((id) => id.split("/")[0]).sort()).toEqual(Object.values(ENTITY_KINDS).map((kind) => kind.prefix).sort());
  });

  it("refuse unknown kinds, capitals, empty or dashed slugs and anything around the id", () => {
    const bad = ["planet/earth", "Org/aco", "org/ACO", "org/", "org/-aco", "org/a_b", "org/aco/x", " org/aco", "org/aco ", "xorg/aco", "org", "organisation/aco"];
    expect(bad.filter((id) => ENTITY_ID.test(id))).toEqual([]);
  });

  it("may start a slug with a digit", () => {
    expect(ENTITY_ID.test("event/24h-le-mans")).toBe(true);
    expect(ENTITY_ID.test("org/a")).toBe(true);
  });
});

describe("kind names", () => {
  it("are the GraphQL type names clients see: one capitalised word per kind", () => {
    expect(ENTITY_KIND_NAMES.map(kindName)).toEqual(["Person", "Organisation", "Championship", "Event", "Season", "Class", "Venue", "Team", "Agreement"]);
  });
});

describe("statement ids", () => {
  it("put statement/ before the seed id", () => {
    expect(statementId("ratel-lmem-partner")).toBe("statement/ratel-lmem-partner");
  });
});

describe("statuses", () => {
  it("a seed may give every status except SUPERSEDED, which is derived", () => {
    expect([...SEEDED_STATUSES].sort()).toEqual(Object.keys(STATUSES).filter((status) => status !== "SUPERSEDED").sort());
    expect(SEEDED_STATUSES).toEqual(["FACT", "ANNOUNCED", "UNDECIDED", "CANCELLED"]);
    expect(STATUS_NAMES).toEqual(["FACT", "ANNOUNCED", "UNDECIDED", "CANCELLED", "SUPERSEDED"]);
  });
});

describe("languages", () => {
  it("names can be given in the languages of the sources: English, French, Italian, German, Spanish, Portuguese, Japanese", () => {
    expect([...LANGUAGES].sort()).toEqual(["de", "en", "es", "fr", "it", "ja", "pt"]);
  });
});
