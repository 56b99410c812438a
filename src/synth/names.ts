/**
 * Names for synthetic entities: unique, pronounceable, often accented ("Vélôra"), so that
 * accent-free search and alias lookup have work to do. Each entity's names come from a
 * stem that is unique per (kind, index), so no two entities share a name.
 */
import type { EntityKind } from "../domain/vocabulary";

const CONSONANTS = ["b", "c", "d", "f", "g", "l", "m", "n", "p", "r", "s", "t", "v", "z"];
/** One spelling per folded vowel, so folded stems stay unique: é → e, ô → o. */
const VOWELS = ["a", "é", "i", "ô", "u"];
const SYLLABLES = CONSONANTS.flatMap((consonant) => VOWELS.map((vowel) => consonant + vowel));
const FOLDED_SYLLABLE: Record<string, string> = Object.fromEntries(
  SYLLABLES.map((syllable) => [syllable, syllable.normalize("NFKD").replace(/\p{M}+/gu, "")]),
);

/** First names people are known by, with their accents (these repeat; surnames do not). */
export const FIRST_NAMES = [
  "Stéphane", "Frédéric", "Pierre", "José", "Hélène", "Gérard", "François", "Zoë", "Jürgen", "Søren",
  "André", "Émilie", "Loïc", "Agnès", "Jérôme", "Inès", "Rémi", "Cécile", "Joël", "Noémie",
  "Anna", "Marco", "Luca", "Sophie", "Thomas", "Kenji", "Yuki", "Paul", "Giulia", "Tom",
];

/**
 * The stem for entity `index` of a kind: syllables spelling a scrambled index, so stems look
 * random but are unique. `salt` varies the scramble between kinds.
 */
export function stem(index: number, salt: number): string {
  const base = SYLLABLES.length;
  // An odd multiplier modulo base^4 is a bijection on [0, base^4); larger indexes get 5 syllables.
  const space = base ** 4;
  const multiplier = 2_654_435_761 % space; // coprime with 70^4 = 2^4·5^4·7^4; kept small so products stay exact
  let value = index < space ? (index * multiplier + salt * 97) % space : index;
  const syllables: string[] = [];
  for (let count = 0; count < 3 || value > 0; count++) {
    syllables.push(SYLLABLES[value % base]);
    value = Math.floor(value / base);
  }
  const word = syllables.join("");
  return word[0].toUpperCase() + word.slice(1);
}

/** The stem without accents, as a person typing on an English keyboard would write it. */
export function unaccented(text: string): string {
  return text.normalize("NFKD").replace(/\p{M}+/gu, "").replace(/ø/g, "o").replace(/Ø/g, "O");
}

export interface EntityNames {
  name: string;
  labels: Partial<Record<"en" | "fr" | "it", string>>;
  aliases: string[];
  description?: string;
}

/** Name, three labels and aliases for one entity of a kind. */
export function namesFor(kind: EntityKind, index: number, firstName: string, year: number): EntityNames {
  const word = stem(index, kind.length);
  const acronym = (...words: string[]) => words.map((part) => unaccented(part)[0].toUpperCase()).join("") + word.slice(0, 2).toUpperCase();
  switch (kind) {
    case "PERSON": {
      const name = `${firstName} ${word}`;
      return { name, labels: { en: name, fr: name, it: name }, aliases: [unaccented(name), `${unaccented(firstName)[0]}. ${unaccented(word)}`] };
    }
    case "ORGANISATION":
      return {
        name: `Automobile Club de ${word}`,
        labels: { en: `${word} Automobile Club`, fr: `Automobile Club de ${word}`, it: `Automobile Club di ${word}` },
        aliases: [acronym("Automobile", "Club"), unaccented(`${word} Automobile Club`)],
        description: `A synthetic motor club based in ${word}.`,
      };
    case "CHAMPIONSHIP":
      return {
        name: `${word} Le Mans Series`,
        labels: { en: `${word} Le Mans Series`, fr: `Série Le Mans de ${word}`, it: `Serie Le Mans di ${word}` },
        aliases: [acronym("Le", "Mans", "Series"), unaccented(`${word} LMS`)],
      };
    case "EVENT": {
      const hours = [6, 8, 10, 12, 24][index % 5];
      return {
        name: `${hours} Heures de ${word}`,
        labels: { en: `${hours} Hours of ${word}`, fr: `${hours} Heures de ${word}`, it: `${hours} Ore di ${word}` },
        aliases: [`${hours}h ${unaccented(word)}`],
      };
    }
    case "SEASON":
      return {
        name: `${word} Trophy ${year}`,
        labels: { en: `${word} Trophy ${year}`, fr: `Trophée ${word} ${year}`, it: `Trofeo ${word} ${year}` },
        aliases: [unaccented(`${word} ${year}`)],
      };
    case "CLASS":
      return {
        name: `${word} Cup`,
        labels: { en: `${word} Cup`, fr: `Coupe ${word}`, it: `Coppa ${word}` },
        aliases: [unaccented(`${word} Cup`)],
      };
    case "VENUE":
      return {
        name: `Circuit de ${word}`,
        labels: { en: `${word} Circuit`, fr: `Circuit de ${word}`, it: `Circuito di ${word}` },
        aliases: [unaccented(`${word} Circuit`)],
      };
    case "TEAM":
      return {
        name: `Écurie ${word}`,
        labels: { en: `${word} Racing`, fr: `Écurie ${word}`, it: `Scuderia ${word}` },
        aliases: [unaccented(`${word} Racing`)],
      };
    case "AGREEMENT":
      return {
        name: `Accord de ${word}`,
        labels: { en: `${word} Agreement`, fr: `Accord de ${word}`, it: `Accordo di ${word}` },
        aliases: [],
      };
  }
}

/** Folded form of a stem's syllables, exposed for tests of uniqueness. */
export function foldedSyllable(syllable: string): string {
  return FOLDED_SYLLABLE[syllable];
}
