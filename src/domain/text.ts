/**
 * Text folding for matching what people type against names: "Stéphane" = "stephane",
 * "l’Ouest" = "l'ouest". Used by search, entity lookup and mentions, so all three agree.
 */

/** Lower-case, strip diacritics, unify apostrophes and dashes, collapse white space. */
export function foldText(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .replace(/[’‘`´ʼ]/g, "'")
    .replace(/[‐‑‒–—―]/g, "-")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();
}

/** Fold one character at a time, keeping a map back to the original offsets (for mentions). */
export function foldWithOffsets(text: string): { folded: string; offsets: number[] } {
  let folded = "";
  const offsets: number[] = [];
  for (let i = 0; i < text.length; ) {
    const codePoint = text.codePointAt(i)!;
    const char = String.fromCodePoint(codePoint);
    const piece = /\s/.test(char) ? " " : foldText(char) || (/\p{M}/u.test(char) ? "" : char.toLowerCase());
    for (const unit of piece) {
      folded += unit;
      offsets.push(i);
    }
    i += char.length;
  }
  offsets.push(text.length);
  return { folded, offsets };
}

/** Slug form of a name: "Stéphane Ratel" → "stephane-ratel". */
export function slugify(text: string): string {
  return foldText(text)
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}
