// Finding the graph's entities in a free text, in English, French and Italian, by name, label or alias.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dataOf, startTestApp, type TestApp } from "../support/app";
import { FindMentionsDocument } from "../../src/generated/graphql";
import { MAX_MENTION_TEXT } from "../../src/graphql/mentions/mentions.resolver";

const RATEL = "person/stephane-ratel";
const FILLON = "person/pierre-fillon";
const LEQUIEN = "person/frederic-lequien";
const ACO = "org/aco";
const LMEM = "org/lmem";
const SRO = "org/sro";
const FIA = "org/fia";
const ASIAN_LMS = "championship/asian-le-mans-series";
const AMERICAN_LMS = "championship/american-le-mans-series";
const GTWC_ASIA = "championship/gtwc-asia";
const WEC = "championship/wec";
const LE_MANS_24H = "event/24h-le-mans";

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app?.stop());

async function mentionsOf(text: string, language?: string) {
  const response = await app.query(FindMentionsDocument, { text, language });
  const { mentions } = dataOf(response);
  if (!mentions) throw new Error("mentions answered null without an error");
  return { mentions, sqlStatements: response.extensions!.cost!.sqlStatements };
}

/** Each mention as [its text, the ids it may name], after checking its offsets against the text. */
async function found(text: string, language?: string): Promise<Array<[string, string[]]>> {
  const { mentions } = await mentionsOf(text, language);
  for (const mention of mentions) {
    expect(text.slice(mention.start, mention.end)).toBe(mention.text);
    expect(mention.ambiguous).toBe(mention.candidates.length > 1);
    expect(mention.entity?.id ?? null).toBe(mention.ambiguous ? null : mention.candidates[0].id);
  }
  return mentions.map((mention) => [mention.text, mention.candidates.map((candidate) => candidate.id).sort()]);
}

describe("mentions", () => {
  it("finds names, acronyms and an ambiguous ALMS in English, with and without accents", async () => {
    const text =
      "Stephane Ratel's SRO Motorsports Group will run the AsLMS with the ACO and LMEM, Frédéric Lequien said. " +
      "The ALMS winner goes to the 24 Hours of Le Mans, as does the GTWCA champion.";
    expect(await found(text)).toEqual([
      ["Stephane Ratel", [RATEL]],
      ["SRO Motorsports Group", [SRO]],
      ["AsLMS", [ASIAN_LMS]],
      ["ACO", [ACO]],
      ["LMEM", [LMEM]],
      ["Frédéric Lequien", [LEQUIEN]],
      ["ALMS", [AMERICAN_LMS, ASIAN_LMS]],
      ["24 Hours of Le Mans", [LE_MANS_24H]],
      ["GTWCA", [GTWC_ASIA]],
    ]);
  });

  it("finds French names after an elided article, with typographic apostrophes", async () => {
    const text =
      "L’Automobile Club de l’Ouest et Stéphane Ratel ont annoncé que l’Asian Le Mans Series rejoindra le GT World Challenge Asia. " +
      "Pierre Fillon, président de l'ACO, parle des 24 Heures du Mans.";
    expect(await found(text, "fr")).toEqual([
      ["Automobile Club de l’Ouest", [ACO]],
      ["Stéphane Ratel", [RATEL]],
      ["Asian Le Mans Series", [ASIAN_LMS]],
      ["GT World Challenge Asia", [GTWC_ASIA]],
      ["Pierre Fillon", [FILLON]],
      ["ACO", [ACO]],
      ["24 Heures du Mans", [LE_MANS_24H]],
    ]);
  });

  const italian =
    "Frederic Lequien, CEO di Le Mans Endurance Management, e Stephane Ratel hanno presentato l'accordo per la 24 Ore di Le Mans " +
    "e il Campionato del mondo endurance FIA con la Federazione Internazionale dell’Automobile.";

  it("finds Italian labels, and the longest name where names overlap", async () => {
    expect(await found(italian, "it")).toEqual([
      ["Frederic Lequien", [LEQUIEN]],
      ["Le Mans Endurance Management", [LMEM]],
      ["Stephane Ratel", [RATEL]],
      ["24 Ore di Le Mans", [LE_MANS_24H]],
      ["Campionato del mondo endurance FIA", [WEC]], // not "FIA" inside it
      ["Federazione Internazionale dell’Automobile", [FIA]],
    ]);
    expect(await found(italian)).toEqual(await found(italian, "it")); // without a language, every label counts
  });

  it("matches only the given language's labels, names and aliases always", async () => {
    const inEnglish = await found(italian, "en");
    expect(inEnglish).toContainEqual(["FIA", [FIA]]); // the Italian label of the WEC no longer covers it
    expect(inEnglish.map(([text]) => text)).not.toContain("Campionato del mondo endurance FIA");
    expect(inEnglish.map(([text]) => text)).not.toContain("Federazione Internazionale dell’Automobile");
  });

  it("counts names on word boundaries only, and finds nothing in a text that names nothing", async () => {
    expect(await found("TACOS, acorns and Fillonville are not entities; neither is stephaneratel.")).toEqual([]);
  });

  it("gives UTF-16 offsets that slice the original text, emoji and accents included", async () => {
    const text = "🏁 Pierre Fillon 🏆 l’ACO";
    const { mentions } = await mentionsOf(text);
    expect(mentions.map((mention) => [mention.start, mention.end, mention.text])).toEqual([
      [3, 16, "Pierre Fillon"],
      [22, 25, "ACO"],
    ]);
  });

  it("builds the name index once, not per request", async () => {
    await mentionsOf("ACO");
    const { sqlStatements } = await mentionsOf("Pierre Fillon");
    expect(sqlStatements).toBe(1); // the entities found: the names are not read again
  });

  it(`reads a text of ${MAX_MENTION_TEXT} characters quickly, and refuses a longer one naming the limit`, async () => {
    const sentence = "Stéphane Ratel met Pierre Fillon at the 24 Heures du Mans. ";
    const long = sentence.repeat(Math.floor(MAX_MENTION_TEXT / sentence.length));
    const started = Date.now();
    const { mentions } = await mentionsOf(long);
    expect(mentions).toHaveLength(3 * Math.floor(MAX_MENTION_TEXT / sentence.length));
    expect(Date.now() - started).toBeLessThan(5_000);

    const response = await app.query(FindMentionsDocument, { text: "x".repeat(MAX_MENTION_TEXT + 1) });
    expect(response.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    expect(response.errors?.[0].message).toContain(String(MAX_MENTION_TEXT));
  });

  it("refuses a language it does not know, listing those it does", async () => {
    const response = await app.query(FindMentionsDocument, { text: "ACO", language: "klingon" });
    expect(response.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    expect(response.errors?.[0].message).toMatch(/en, fr, it/);
  });
});
