/**
 * Text folding for matching what people type against names: "Stéphane" = "stephane",
 * "l’Ouest" = "l'ouest". Used by search, entity lookup and mentions, so all three agree.
 */

/** Characters people type for an apostrophe. Replaced before decomposition, because NFKD turns "´" into " ́". */
const APOSTROPHES = /[’‘`´ʼ]/g;
const DASHES = /[‐‑‒–—―]/g;
const MARKS = /\p{M}+/gu;

/** Lower-case, strip diacritics, unify apostrophes and dashes, collapse white space. */
export function foldText(text: string): string {
  return foldPiece(text).replace(/\s+/g, " ").trim();
}

/**
 * The words of a text as search sees them: folded, then each run of letters and digits. A name is
 * indexed by these words and a search matches them by prefix, the same on every engine.
 */
export function searchWords(text: string): string[] {
  return foldText(text).match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Everything foldText does except the white-space clean-up, which needs to see the whole text. */
function foldPiece(text: string): string {
  return text
    .replace(APOSTROPHES, "'")
    .normalize("NFKD")
    .replace(MARKS, "")
    .replace(DASHES, "-")
    .toLowerCase();
}

/**
 * Fold a text one code point at a time, keeping a map back to the original offsets (for mentions).
 *
 * `folded` equals `foldText(text)` (white space collapsed and trimmed the same way; the one known
 * difference is the context-dependent Greek final sigma). `offsets` has `folded.length + 1` entries:
 * `offsets[j]` is the UTF-16 offset in `text` of the character that produced `folded[j]`, and the last
 * entry is the end of the last character kept, so that for a range [s, e) of `folded` that starts and
 * ends on whole characters, `text.slice(offsets[s], offsets[e])` is the original text it came from —
 * including the combining accents that folding dropped, excluding the white space it trimmed.
 * Characters outside the BMP (emoji) fill two UTF-16 units, and both map to the same offset.
 */
export function foldWithOffsets(text: string): { folded: string; offsets: number[] } {
  const units: string[] = [];
  const offsets: number[] = [];
  let pendingSpaceAt = -1; // white space is written only when something follows it (trim + collapse)
  let end = 0;
  for (let i = 0; i < text.length; ) {
    const codePoint = text.codePointAt(i)!;
    const char = String.fromCodePoint(codePoint);
    const piece = codePoint < 0x80 ? foldAscii(char, codePoint) : foldPiece(char);
    for (let k = 0; k < piece.length; k++) {
      const unit = piece[k];
      if (isSpace(unit)) {
        if (units.length > 0 && pendingSpaceAt < 0) pendingSpaceAt = i;
        continue;
      }
      if (pendingSpaceAt >= 0) {
        units.push(" ");
        offsets.push(pendingSpaceAt);
        pendingSpaceAt = -1;
      }
      units.push(unit);
      offsets.push(i);
    }
    i += char.length;
    // A dropped accent after a kept character still belongs to it, so the end moves past it too.
    if (units.length > 0 && pendingSpaceAt < 0) end = i;
  }
  offsets.push(end);
  return { folded: units.join(""), offsets };
}

/** Whether a UTF-16 unit is white space, as `\s` has it (every white-space character is in the BMP). */
function isSpace(unit: string): boolean {
  const code = unit.charCodeAt(0);
  if (code < 0x80) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  return /\s/.test(unit);
}

/** foldPiece for one ASCII character, without the regular expressions and normalisation (a hot path). */
function foldAscii(char: string, codePoint: number): string {
  if (codePoint >= 0x41 && codePoint <= 0x5a) return String.fromCharCode(codePoint + 0x20);
  return codePoint === 0x60 ? "'" : char; // the backtick is one of the APOSTROPHES
}

/** Slug form of a name: "Stéphane Ratel" → "stephane-ratel". */
export function slugify(text: string): string {
  return foldText(text)
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}
