import fc from "fast-check";
import { describe, expect, it, vi } from "vitest";
import { Automaton, type AutomatonStats } from "../../src/domain/mentions/automaton";
import { buildMentionIndex, findMentions, type Mention, type MentionEntry } from "../../src/domain/mentions";
import { foldWithOffsets } from "../../src/domain/text";

const ACO = "org/aco";
const LE_MANS_24H = "event/24h-le-mans";
const LE_MANS = "venue/le-mans";
const RATEL = "person/stephane-ratel";
const GTWC_ASIA = "championship/gtwc-asia";
const GTWC = "championship/gtwc";
const ALMS = "championship/american-le-mans-series";
const ASLMS = "championship/asian-le-mans-series";

/** Names, labels and aliases as the graph would supply them, in English, French and Italian. */
const dictionary: MentionEntry[] = [
  { text: "Automobile Club de l'Ouest", entityId: ACO },
  { text: "l'Automobile Club de l'Ouest", entityId: ACO },
  { text: "ACO", entityId: ACO },
  { text: "24 Hours of Le Mans", entityId: LE_MANS_24H },
  { text: "24 Heures du Mans", entityId: LE_MANS_24H },
  { text: "24 Ore di Le Mans", entityId: LE_MANS_24H },
  { text: "Le Mans", entityId: LE_MANS },
  { text: "Stéphane Ratel", entityId: RATEL },
  { text: "GT World Challenge Asia", entityId: GTWC_ASIA },
  { text: "GTWCA", entityId: GTWC_ASIA },
  { text: "GT World Challenge", entityId: GTWC },
  { text: "American Le Mans Series", entityId: ALMS },
  { text: "ALMS", entityId: ALMS },
  { text: "Asian Le Mans Series", entityId: ASLMS },
  { text: "AsLMS", entityId: ASLMS },
  { text: "ALMS", entityId: ASLMS },
];
const index = buildMentionIndex(dictionary);

/** Mentions as `slice → ids`, after checking each one's offsets against the original text. */
function found(text: string, within = index): Array<[string, string[]]> {
  const mentions = findMentions(within, text);
  for (const mention of mentions) expect(text.slice(mention.start, mention.end)).toBe(mention.text);
  return mentions.map((mention) => [mention.text, mention.entityIds]);
}

describe("findMentions", () => {
  describe("in English, French and Italian", () => {
    it("finds names, acronyms and events in an English sentence", () => {
      const text = "Stéphane Ratel's GT World Challenge Asia (GTWCA) sends its champions to the 24 Hours of Le Mans.";
      expect(found(text)).toEqual([
        ["Stéphane Ratel", [RATEL]],
        ["GT World Challenge Asia", [GTWC_ASIA]],
        ["GTWCA", [GTWC_ASIA]],
        ["24 Hours of Le Mans", [LE_MANS_24H]],
      ]);
    });

    it("finds the ACO under its French name, with typographic apostrophes and a capital L", () => {
      const text = "L’Automobile Club de l’Ouest organise les 24 Heures du Mans.";
      expect(found(text)).toEqual([
        ["L’Automobile Club de l’Ouest", [ACO]],
        ["24 Heures du Mans", [LE_MANS_24H]],
      ]);
    });

    it("finds the Italian name of the race, and an acronym glued to an elided article", () => {
      const text = "La 24 Ore di Le Mans è organizzata dall'ACO.";
      expect(found(text)).toEqual([
        ["24 Ore di Le Mans", [LE_MANS_24H]],
        ["ACO", [ACO]],
      ]);
    });

    it("gives exact offsets in the original text", () => {
      const text = "Selon l'ACO, Stéphane Ratel…";
      const mentions = findMentions(index, text);
      expect(mentions).toEqual<Mention[]>([
        { start: 8, end: 11, text: "ACO", entityIds: [ACO] },
        { start: 13, end: 27, text: "Stéphane Ratel", entityIds: [RATEL] },
      ]);
    });
  });

  describe("forgiving accents, case and spacing", () => {
    it("finds an accented name written without its accents", () => {
      expect(found("Interview with Stephane Ratel")).toEqual([["Stephane Ratel", [RATEL]]]);
    });

    it("finds a name entered without accents when the text has them", () => {
      const plain = buildMentionIndex([{ text: "Stephane Ratel", entityId: RATEL }]);
      expect(found("Entretien avec Stéphane Ratel", plain)).toEqual([["Stéphane Ratel", [RATEL]]]);
    });

    it("keeps a decomposed accent inside the mention", () => {
      const text = "Ste\u0301phane Ratel";
      expect(found(text)).toEqual([[text, [RATEL]]]);
    });

    it("ignores case", () => {
      expect(found("STÉPHANE RATEL and gtwca")).toEqual([
        ["STÉPHANE RATEL", [RATEL]],
        ["gtwca", [GTWC_ASIA]],
      ]);
    });

    it("matches across line breaks and repeated spaces, returning them as written", () => {
      expect(found("the 24 Hours of\n   Le Mans ")).toEqual([["24 Hours of\n   Le Mans", [LE_MANS_24H]]]);
    });
  });

  it("returns every candidate for an ambiguous alias", () => {
    expect(found("Results of the ALMS round")).toEqual([["ALMS", [ALMS, ASLMS]]]);
    expect(found("the AsLMS")).toEqual([["AsLMS", [ASLMS]]]);
  });

  it("lists the candidates of an ambiguous alias sorted, whatever order the graph gives its names in", () => {
    const reversed = buildMentionIndex([
      { text: "ALMS", entityId: ASLMS },
      { text: "ALMS", entityId: ALMS },
    ]);
    expect(found("the ALMS", reversed)).toEqual([["ALMS", [ALMS, ASLMS]]]);
  });

  it("lists an entity once when two of its names fold the same", () => {
    const twice = buildMentionIndex([
      { text: "Stéphane Ratel", entityId: RATEL },
      { text: "Stephane Ratel", entityId: RATEL },
      { text: "STEPHANE RATEL", entityId: RATEL },
    ]);
    expect(found("Stephane Ratel", twice)).toEqual([["Stephane Ratel", [RATEL]]]);
    expect(twice.names).toBe(1);
  });

  describe("word boundaries", () => {
    it("does not find a name inside a longer word", () => {
      expect(found("ACOustic TACO MACON")).toEqual([]);
      expect(found("Le Mansfield and Bele Mans")).toEqual([]);
      expect(found("24 Hours of Le Mans2")).toEqual([]);
    });

    it("accepts punctuation, dashes and apostrophes as boundaries", () => {
      expect(found("(ACO) ACO-run 'ACO' l'ACO ACO.")).toEqual(Array.from({ length: 5 }, () => ["ACO", [ACO]]));
    });

    it("does not take a digit as a boundary", () => {
      expect(found("124 Hours of Le Mans")).toEqual([["Le Mans", [LE_MANS]]]);
    });
  });

  describe("overlaps", () => {
    it("prefers the longest name starting at the same place", () => {
      expect(found("the GT World Challenge Asia title")).toEqual([["GT World Challenge Asia", [GTWC_ASIA]]]);
      expect(found("the GT World Challenge Europe title")).toEqual([["GT World Challenge", [GTWC]]]);
    });

    it("prefers the leftmost name", () => {
      expect(found("at the 24 Ore di Le Mans")).toEqual([["24 Ore di Le Mans", [LE_MANS_24H]]]);
      expect(found("the American Le Mans Series")).toEqual([["American Le Mans Series", [ALMS]]]);
    });

    it("falls back to a shorter name when the longer one does not end on a boundary", () => {
      expect(found("the GT World Challenge Asian round")).toEqual([["GT World Challenge", [GTWC]]]);
    });

    it("finds a name that begins inside a longer name the text leaves unfinished", () => {
      // "Asian Le Mans Se…" is on its way to "Asian Le Mans Series" until the "p": the matcher must
      // fall back past "Le Mans " (on its way to "Le Mans Cup") to the "Se" that starts "Sepang".
      const names = buildMentionIndex([
        { text: "Asian Le Mans Series", entityId: ASLMS },
        { text: "Le Mans Cup", entityId: "championship/le-mans-cup" },
        { text: "Sepang", entityId: "venue/sepang" },
      ]);
      expect(found("the Asian Le Mans Sepang round", names)).toEqual([["Sepang", ["venue/sepang"]]]);
    });

    it("resumes after a match, finding the names that follow it", () => {
      expect(found("Le Mans Le Mans, ACO")).toEqual([
        ["Le Mans", [LE_MANS]],
        ["Le Mans", [LE_MANS]],
        ["ACO", [ACO]],
      ]);
    });
  });

  describe("characters outside the BMP", () => {
    it("keeps offsets right after emoji", () => {
      const text = "🏁🏎️ Stéphane Ratel 🇫🇷 à l’ACO 👍";
      const mentions = findMentions(index, text);
      expect(mentions.map((mention) => [mention.start, mention.end])).toEqual([
        [text.indexOf("Stéphane"), text.indexOf("Stéphane") + "Stéphane Ratel".length],
        [text.indexOf("ACO"), text.indexOf("ACO") + 3],
      ]);
      expect(found(text)).toEqual([
        ["Stéphane Ratel", [RATEL]],
        ["ACO", [ACO]],
      ]);
    });

    it("finds a name written in mathematical letters, returning the original characters", () => {
      expect(found("𝐀𝐂𝐎 rules")).toEqual([["𝐀𝐂𝐎", [ACO]]]);
    });

    it("takes astral letters as word characters", () => {
      // U+10400 DESERET CAPITAL LONG I is a letter outside the BMP: "ACO" glued to it is inside a word.
      expect(found("\u{10400}ACO ACO\u{10400}")).toEqual([]);
    });

    it("never matches half of a character", () => {
      // "ﬁx" folds to "fix": the name "ix" would start inside the ligature, so it does not count.
      const ligature = buildMentionIndex([{ text: "ix", entityId: "x" }]);
      expect(found("ﬁx", ligature)).toEqual([]);
      expect(found("ﬁ ix", ligature)).toEqual([["ix", ["x"]]]);
    });

    it("never starts or ends a name inside a character that folds to several (¾ folds to 3⁄4, ½ to 1⁄2)", () => {
      const names = buildMentionIndex([
        { text: "4 Hours of Spa", entityId: "event/4h-spa" },
        { text: "LMP1", entityId: "class/lmp1" },
      ]);
      expect(found("3¾ Hours of Spa", names)).toEqual([]);
      expect(found("LMP½", names)).toEqual([]);
      expect(found("4 Hours of Spa, LMP1", names)).toEqual([
        ["4 Hours of Spa", ["event/4h-spa"]],
        ["LMP1", ["class/lmp1"]],
      ]);
    });

    // A lone half of a surrogate pair (a text cut inside an emoji) is no letter: it separates words,
    // and the letter next to it is read as itself. Astral letters whose halves sit at the ends of the
    // surrogate ranges (U+10000 is D800 DC00, U+133FF is D80C DFFF) are letters like any other.
    it.each([
      ["a stray high half, then a letter glued to the name", "\uD83CxACO", []],
      ["a stray high half, then a letter above the surrogates glued to the name", "\uD83C\uFA0EACO", []],
      ["U+10000 glued to the name", "\u{10000}ACO", []],
      ["U+133FF glued to the name", "\u{133FF}ACO", []],
      ["a letter, then a stray low half before the name", "x\uDC00ACO", [["ACO", [ACO]]]],
      ["a letter above the surrogates, then a stray low half before the name", "\uFA0E\uDC00ACO", [["ACO", [ACO]]]],
    ])("reads the character before a name whole: %s", (_case, text, mentions) => {
      expect(found(text)).toEqual(mentions);
    });
  });

  describe("edge cases", () => {
    it("returns nothing for an empty or blank text", () => {
      expect(findMentions(index, "")).toEqual([]);
      expect(findMentions(index, "   \n ")).toEqual([]);
    });

    it("returns nothing with an empty dictionary", () => {
      expect(findMentions(buildMentionIndex([]), "Stéphane Ratel")).toEqual([]);
    });

    it("ignores names that fold to fewer than two characters", () => {
      const tiny = buildMentionIndex([
        { text: "A", entityId: "a" },
        { text: " É ", entityId: "e" },
        { text: "", entityId: "empty" },
        { text: "\u0301", entityId: "accent" },
        { text: "🏁", entityId: "flag" },
        { text: "GT", entityId: "gt" },
      ]);
      expect(tiny.names).toBe(1);
      expect(found("A É 🏁 GT", tiny)).toEqual([["GT", ["gt"]]]);
    });

    it("returns fresh arrays, so a caller cannot corrupt the index", () => {
      const [first] = findMentions(index, "ALMS");
      first.entityIds.push("oops");
      expect(findMentions(index, "ALMS")[0].entityIds).toEqual([ALMS, ASLMS]);
    });
  });

  describe("cost", () => {
    function stepsFor(text: string, within = index): AutomatonStats {
      const stats: AutomatonStats = { steps: 0, outputs: 0 };
      findMentions(within, text, stats);
      return stats;
    }

    it("takes at most two automaton steps per character of a long text", () => {
      const sentence = "Stéphane Ratel and the ACO met at the 24 Heures du Mans; the GT World Challenge Asia followed. ";
      const text = sentence.repeat(5000);
      const stats: AutomatonStats = { steps: 0, outputs: 0 };
      const mentions = findMentions(index, text, stats);
      expect(mentions).toHaveLength(4 * 5000);
      const foldedLength = foldWithOffsets(text).folded.length;
      expect(stats.steps).toBeLessThanOrEqual(2 * foldedLength);
      expect(stats.outputs).toBeLessThanOrEqual(10 * 5000);
    });

    it("stays linear on a text built to trip a naive matcher", () => {
      // Names a², a³ … a⁶⁰ and a⁶⁰b: a naive matcher tries ~60 names at each of the n positions.
      const names = Array.from({ length: 59 }, (_, k) => ({ text: "a".repeat(k + 2), entityId: `a${k + 2}` }));
      const tricky = buildMentionIndex([...names, { text: `${"a".repeat(60)}b`, entityId: "ab" }]);
      const short = stepsFor("a".repeat(50_000), tricky);
      const long = stepsFor("a".repeat(100_000), tricky);
      expect(long.steps).toBeLessThanOrEqual(2 * 100_000);
      expect(long.steps - short.steps).toBeLessThanOrEqual(2 * 50_000);
      // Inside one long word nothing can end, so names are only listed at its end.
      expect(long.outputs).toBeLessThanOrEqual(59);
    });

    it("counts the work of a text just searched without counting", () => {
      const text = "Stéphane Ratel at the ACO, once more";
      findMentions(index, text);
      expect(stepsFor(text).steps).toBeGreaterThanOrEqual(foldWithOffsets(text).folded.length); // one per unit at least
    });

    it("searches a text once when asked twice in a row, as the API does to price a query and then answer it", () => {
      const names = buildMentionIndex(dictionary);
      const scan = vi.spyOn(names.automaton, "scan");
      const text = "GT World Challenge Asia and the ACO";
      const first = findMentions(names, text);
      expect(findMentions(names, text)).toEqual(first);
      expect(scan).toHaveBeenCalledTimes(1);
    });

    it("builds an automaton no bigger than the dictionary", () => {
      const total = dictionary.reduce((sum, entry) => sum + entry.text.length, 0);
      expect(index.automaton.size).toBeLessThanOrEqual(total + 1);
    });
  });

  it("answers from the index asked, when the same text was just searched in another", () => {
    expect(found("the ACO")).toEqual([["ACO", [ACO]]]);
    expect(found("the ACO", buildMentionIndex([{ text: "ACO", entityId: "org/other-aco" }]))).toEqual([["ACO", ["org/other-aco"]]]);
  });

  it("agrees with a brute-force matcher on random texts", () => {
    const pieces = [
      "Le Mans", "le mans", "LE MANS", "Mansfield", "ACO", "aco", "taco", "GT", "World", "Challenge", "Asia", "GT World Challenge",
      "ALMS", "é", "e\u0301", " ", "  ", "\n", "'", "’", "-", ".", "🏁", "24", "Ore", "di", "x", "Stéphane", "Ratel", "ﬁ",
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 20 }), (parts) => {
        const text = parts.join("");
        expect(findMentions(index, text)).toEqual(bruteForce(dictionary, text));
      }),
      { numRuns: 2000 },
    );
  });
});

describe("Automaton", () => {
  it("lists every word ending at each position, longest first (the textbook example)", () => {
    const automaton = new Automaton<string>();
    for (const word of ["he", "she", "his", "hers"]) automaton.add(word, () => word);
    automaton.build();
    const seen: string[] = [];
    automaton.scan("ushers", (index, node) => automaton.wordsEndingAt(node, (length, word) => seen.push(`${index + 1 - length}:${word}`)));
    expect(seen).toEqual(["1:she", "2:he", "2:hers"]);
  });

  it("counts one step per unit plus one per failure link followed, and one output per word listed", () => {
    const automaton = new Automaton<string>();
    for (const word of ["he", "she", "his", "hers"]) automaton.add(word, () => word);
    automaton.build();
    const stats: AutomatonStats = { steps: 0, outputs: 0 };
    automaton.scan("ushers", (_index, node) => automaton.wordsEndingAt(node, () => {}, stats), stats);
    // Six units; at the "r" of "ushe|rs" the match falls back once, from "she" to "he".
    expect(stats).toEqual({ steps: 7, outputs: 3 });
  });

  it("gives a repeated word its existing payload", () => {
    const automaton = new Automaton<string[]>();
    automaton.add("aco", () => []).push("one");
    automaton.add("aco", () => []).push("two");
    automaton.build();
    const seen: string[][] = [];
    automaton.scan("aco", (_, node) => automaton.wordsEndingAt(node, (_length, payload) => seen.push(payload)));
    expect(seen).toEqual([["one", "two"]]);
  });

  it("refuses to be used half-built", () => {
    const automaton = new Automaton<number>();
    expect(() => automaton.scan("x", () => {})).toThrow(/before build/);
    automaton.build();
    expect(() => automaton.add("x", () => 1)).toThrow(/after build/);
  });
});

/**
 * The specification, executed slowly: at each folded position, the longest name that starts there on
 * word and character boundaries; take the leftmost, skip past it, repeat.
 */
function bruteForce(entries: readonly MentionEntry[], text: string): Mention[] {
  const names = new Map<string, Set<string>>();
  for (const entry of entries) {
    const name = foldWithOffsets(entry.text).folded;
    if ([...name].length < 2) continue;
    names.set(name, (names.get(name) ?? new Set()).add(entry.entityId));
  }
  const { folded, offsets } = foldWithOffsets(text);
  const isWord = (char: string | undefined) => char !== undefined && /[\p{L}\p{N}]/u.test(char);
  const charBefore = (at: number) => (at > 0 ? [...folded.slice(0, at)].pop() : undefined);
  const charAt = (at: number) => (at < folded.length ? String.fromCodePoint(folded.codePointAt(at)!) : undefined);
  const whole = (at: number) => at === 0 || offsets[at - 1] !== offsets[at];
  const mentions: Mention[] = [];
  for (let start = 0; start < folded.length; ) {
    let best: string | undefined;
    for (const name of names.keys()) {
      const end = start + name.length;
      if (!folded.startsWith(name, start) || !whole(start) || !whole(end)) continue;
      if (isWord(charAt(start)) && isWord(charBefore(start))) continue;
      if (isWord(charBefore(end)) && isWord(charAt(end))) continue;
      if (best === undefined || name.length > best.length) best = name;
    }
    if (best === undefined) {
      start++;
      continue;
    }
    const end = start + best.length;
    const [from, to] = [offsets[start], offsets[end]];
    mentions.push({ start: from, end: to, text: text.slice(from, to), entityIds: [...names.get(best)!].sort() });
    start = end;
  }
  return mentions;
}
