/**
 * The mention index, built once per database build (lazily, at the first `mentions` query) and then
 * shared by every request: building it reads every name, searching with it is linear in the text.
 */
import { buildMentionIndex, type MentionEntry, type MentionIndex } from "../../domain/mentions";
import type { Context } from "../context";
import type { BuildReads } from "../store/store";

/**
 * The index with every name, alias and label — or, given a language, with the labels of that
 * language only (names and aliases are kept: sources in any language use them).
 */
export function mentionIndexFor(context: Context, language: string | null): Promise<MentionIndex> {
  // One index per language asked for ("*" = every label).
  return context.store.perBuild(`mention-index:${language ?? "*"}`, async (reads) => buildMentionIndex(await readEntries(reads, language)));
}

async function readEntries(reads: BuildReads, language: string | null): Promise<MentionEntry[]> {
  const names = await reads.mentionNames();
  return names
    .filter((name) => language === null || name.nameType !== "LABEL" || name.language === language)
    .map((name) => ({ text: name.text, entityId: name.entityId }));
}
