import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { foldText, foldWithOffsets, searchWords, slugify } from "../../src/domain/text";

describe("foldText", () => {
  it("lower-cases and strips accents", () => {
    expect(foldText("Stéphane RATEL")).toBe("stephane ratel");
    expect(foldText("Ste\u0301phane")).toBe("stephane");
    expect(foldText("Città")).toBe("citta");
  });

  it("unifies apostrophes, the acute accent typed as one included", () => {
    for (const apostrophe of ["'", "’", "‘", "`", "´", "ʼ"]) expect(foldText(`l${apostrophe}Ouest`)).toBe("l'ouest");
  });

  it("unifies dashes", () => {
    expect(foldText("Pro–Am")).toBe("pro-am");
    expect(foldText("Pro—Am")).toBe("pro-am");
  });

  it("collapses and trims white space", () => {
    expect(foldText("  Le \n\t Mans\u00a0 ")).toBe("le mans");
  });

  it("expands compatibility characters", () => {
    expect(foldText("ﬁnale")).toBe("finale");
  });
});

describe("searchWords", () => {
  it("splits a folded name into its runs of letters and digits, as both engines index it", () => {
    expect(searchWords("Frédéric Henry-Biabaud")).toEqual(["frederic", "henry", "biabaud"]);
    expect(searchWords("24 Heures du Mans")).toEqual(["24", "heures", "du", "mans"]);
    expect(searchWords("l’Automobile Club de l'Ouest")).toEqual(["l", "automobile", "club", "de", "l", "ouest"]);
    expect(searchWords("Jørgen O'Neil")).toEqual(["jørgen", "o", "neil"]);
    expect(searchWords(" — ")).toEqual([]);
  });
});

describe("slugify", () => {
  it("keeps letters and digits, dashes the rest", () => {
    expect(slugify("Stéphane Ratel")).toBe("stephane-ratel");
    expect(slugify(" 24 Heures du Mans! ")).toBe("24-heures-du-mans");
  });
});

describe("foldWithOffsets", () => {
  /** The original text behind folded[s, e). */
  function original(text: string, s: number, e: number): string {
    const { offsets } = foldWithOffsets(text);
    return text.slice(offsets[s], offsets[e]);
  }

  it("maps each folded unit to its character", () => {
    expect(foldWithOffsets("Stéphane")).toEqual({ folded: "stephane", offsets: [0, 1, 2, 3, 4, 5, 6, 7, 8] });
  });

  it("keeps offsets right after characters outside the BMP", () => {
    const text = "🏁 Stéphane";
    const { folded, offsets } = foldWithOffsets(text);
    expect(folded).toBe("🏁 stephane");
    expect(offsets).toHaveLength(folded.length + 1);
    // Both halves of the emoji point at its start; "s" is at 3 in both strings.
    expect(offsets.slice(0, 4)).toEqual([0, 0, 2, 3]);
    expect(original(text, 3, 11)).toBe("Stéphane");
  });

  it("includes decomposed accents in the range of their letter", () => {
    const text = "Cafe\u0301 Ste\u0301phane";
    expect(foldWithOffsets(text).folded).toBe("cafe stephane");
    expect(original(text, 0, 4)).toBe("Cafe\u0301");
    expect(original(text, 5, 13)).toBe("Ste\u0301phane");
  });

  it("collapses white space like foldText, mapping the space to the first of the run", () => {
    const text = "Le \n\t Mans";
    const { folded, offsets } = foldWithOffsets(text);
    expect(folded).toBe("le mans");
    expect(offsets[2]).toBe(2);
    expect(original(text, 0, 7)).toBe(text);
    expect(original(text, 0, 2)).toBe("Le");
  });

  it("trims leading and trailing white space, so a match at the end stops at the last letter", () => {
    const text = "  Le Mans  \n";
    const { folded, offsets } = foldWithOffsets(text);
    expect(folded).toBe("le mans");
    expect(offsets[0]).toBe(2);
    expect(offsets[folded.length]).toBe(9);
  });

  it("gives a ligature's expansion one offset", () => {
    const { folded, offsets } = foldWithOffsets("ﬁx");
    expect(folded).toBe("fix");
    expect(offsets).toEqual([0, 0, 1, 2]);
  });

  it("handles the empty and the blank text", () => {
    expect(foldWithOffsets("")).toEqual({ folded: "", offsets: [0] });
    expect(foldWithOffsets(" \n ")).toEqual({ folded: "", offsets: [0] });
  });

  describe("properties", () => {
    // Greek capital sigma is left out: whole-string lower-casing turns it into a final sigma by context.
    const pieces = [
      "a", "Z", "é", "e\u0301", "\u0301", "İ", "ß", "ﬁ", "½", "¨", "´", "’", "`", "–", " ", "\n", "\t", "\u00a0", "  ",
      "🏁", "🇫🇷", "𝐀", "\u{10400}", "'", "-", "1", "Ł", "Æ", "ǅ", "ｶ", "\ud800",
    ];
    const texts = fc.array(fc.constantFrom(...pieces), { maxLength: 16 }).map((parts) => parts.join(""));

    it("folds exactly as foldText does", () => {
      fc.assert(fc.property(texts, (text) => {
          expect(foldWithOffsets(text).folded).toBe(foldText(text));
        }), { numRuns: 3000 });
    });

    it("gives non-decreasing offsets within the text, one per unit plus the end", () => {
      fc.assert(
        fc.property(texts, (text) => {
          const { folded, offsets } = foldWithOffsets(text);
          expect(offsets).toHaveLength(folded.length + 1);
          const misplaced = offsets.filter((offset, j) => offset < (j === 0 ? 0 : offsets[j - 1]) || offset > text.length);
          expect(misplaced).toEqual([]);
        }),
        { numRuns: 3000 },
      );
    });

    it("maps every range on whole characters back to text that folds to it", () => {
      fc.assert(
        fc.property(texts, fc.nat(), fc.nat(), (text, a, b) => {
          const { folded, offsets } = foldWithOffsets(text);
          const whole = (at: number) => at === 0 || offsets[at - 1] !== offsets[at];
          const [s, e] = [a % (folded.length + 1), b % (folded.length + 1)].sort((x, y) => x - y);
          if (!whole(s) || !whole(e)) return;
          expect(foldText(text.slice(offsets[s], offsets[e]))).toBe(folded.slice(s, e).trim());
        }),
        { numRuns: 3000 },
      );
    });
  });
});
