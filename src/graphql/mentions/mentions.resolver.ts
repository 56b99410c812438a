/** `mentions`: the graph's entities named in a free text, with where they are. */
import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from "type-graphql";
import { findMentions, type Mention as Found } from "../../domain/mentions";
import { LANGUAGES } from "../../domain/vocabulary";
import type { EntityRecord } from "../../db/schema";
import { badInput, inputFieldOptions } from "../common/errors";
import { Entity } from "../entities/entity.interface";
import type { Context } from "../context";
import { mentionIndexFor } from "./mention-index-cache";
import { Mention } from "./mention.type";

/** The longest text one request may search: the work is linear in it, and so is the answer. */
export const MAX_MENTION_TEXT = 100_000;

@Resolver(() => Mention)
export class MentionsResolver {
  @Query(
    () => [Mention],
    inputFieldOptions(
      "Finds the graph's entities named in a free text — English, French, Italian … — by name, label or alias, ignoring case, accents " +
      'and apostrophe styles ("24 Ore di Le Mans", "l’Automobile Club de l’Ouest", "Stephane Ratel", "GTWCA"). ' +
      "Names count on word boundaries only; where names overlap, the longest wins. Mentions come in text order. " +
      `Errors: BAD_USER_INPUT when the text is longer than ${MAX_MENTION_TEXT} characters or the language is unknown.`,
    ),
  )
  async mentions(
    @Arg("text", () => String, { description: `The text to read, at most ${MAX_MENTION_TEXT} characters.` }) text: string,
    @Arg("language", () => String, {
      nullable: true,
      description: `The text's language (${LANGUAGES.join(", ")}). When given, only labels in that language are matched (names and aliases always are); omit it to match every label.`,
    })
    language: string | null | undefined,
    @Ctx() context: Context,
  ): Promise<Found[]> {
    if (text.length > MAX_MENTION_TEXT) {
      throw badInput(`\`text\` is ${text.length} characters long; the limit is ${MAX_MENTION_TEXT}. Split the text into parts.`, "text");
    }
    if (language != null && !(LANGUAGES as readonly string[]).includes(language)) {
      throw badInput(`\`language\` must be one of ${LANGUAGES.join(", ")}; got "${language}".`, "language");
    }
    return findMentions(await mentionIndexFor(context, language ?? null), text);
  }

  @FieldResolver(() => Entity, { nullable: true })
  async entity(@Root() mention: Found, @Ctx() context: Context): Promise<EntityRecord | null> {
    return mention.entityIds.length === 1 ? context.store.entity(mention.entityIds[0]) : null;
  }

  @FieldResolver(() => [Entity])
  async candidates(@Root() mention: Found, @Ctx() context: Context): Promise<EntityRecord[]> {
    return context.store.entities(mention.entityIds);
  }

  @FieldResolver(() => Boolean)
  ambiguous(@Root() mention: Found): boolean {
    return mention.entityIds.length > 1;
  }
}
