import { FieldResolver, Resolver, Root, Ctx } from "type-graphql";
import { Citation, Holding, Qualifier, Statement, type CitationObject } from "./statement.type";
import { Source } from "../sources/source.type";
import { holdingAsOf, periodOf, validityOf } from "../../domain/time";
import type { PartialDate as Parsed } from "../../domain/partial-date";
import { effectiveStatus, type StatementView } from "./statement-view";
import { toPartialDate } from "../common/partial-date.type";
import type { Context } from "../context";
import type { EntityRecord, SourceRecord, StatementRecord } from "../../db/schema";
import { Entity } from "../entities/entity.interface";
import { PartialDate } from "../common/partial-date.type";
import { ENTITY_ID } from "../../domain/vocabulary";

@Resolver(() => Statement)
export class StatementResolver {
  @FieldResolver(() => String)
  id(@Root() view: StatementView): string {
    return view.row.id;
  }

  @FieldResolver(() => Entity)
  async subject(@Root() view: StatementView, @Ctx() context: Context): Promise<EntityRecord | null> {
    return context.store.entity(view.row.subjectId);
  }

  @FieldResolver(() => String)
  predicate(@Root() view: StatementView): string {
    return view.row.predicate;
  }

  @FieldResolver(() => Entity, { nullable: true })
  async object(@Root() view: StatementView, @Ctx() context: Context): Promise<EntityRecord | null> {
    return view.row.objectId ? context.store.entity(view.row.objectId) : null;
  }

  @FieldResolver(() => String, { nullable: true })
  value(@Root() view: StatementView): string | null {
    return view.row.value;
  }

  @FieldResolver(() => [Qualifier])
  async qualifiers(@Root() view: StatementView, @Ctx() context: Context): Promise<Qualifier[]> {
    const entries = Object.entries(JSON.parse(view.row.qualifiers) as Record<string, string>);
    return Promise.all(
      entries.map(async ([name, value]) => ({
        name,
        value,
        entity: ENTITY_ID.test(value) ? ((await context.store.entity(value)) as Entity | null) : null,
      })),
    );
  }

  @FieldResolver(() => PartialDate, { nullable: true })
  validFrom(@Root() view: StatementView) {
    return toPartialDate(view.row.validFrom);
  }

  @FieldResolver(() => PartialDate, { nullable: true })
  validUntil(@Root() view: StatementView) {
    return toPartialDate(view.row.validUntil);
  }

  @FieldResolver(() => PartialDate, { nullable: true })
  statedOn(@Root() view: StatementView) {
    return toPartialDate(view.row.statedOn);
  }

  @FieldResolver(() => String)
  statedOnFrom(@Root() view: StatementView): string {
    return view.row.statedOnOrigin;
  }

  @FieldResolver(() => Source, { nullable: true })
  async statedOnSource(@Root() view: StatementView, @Ctx() context: Context): Promise<SourceRecord | null> {
    return view.row.statedOnSourceId ? context.store.source(view.row.statedOnSourceId) : null;
  }

  @FieldResolver(() => Holding, { nullable: true })
  holding(@Root() view: StatementView): { state: string; reason: string; asOf: Parsed } | null {
    if (!view.asOf) return null;
    const asOf = periodOf(view.asOf);
    const judged = holdingAsOf(validityOf(view.row), asOf);
    return { state: judged.holding, reason: judged.reason, asOf };
  }

  @FieldResolver(() => Boolean)
  disputed(@Root() view: StatementView): boolean {
    return view.row.disputes !== null;
  }

  @FieldResolver(() => [Statement])
  async disputedBy(@Root() view: StatementView, @Ctx() context: Context): Promise<StatementView[]> {
    const ids = view.row.disputes ? (JSON.parse(view.row.disputes) as string[]) : [];
    const rows = await Promise.all(ids.map((id) => context.store.statement(id)));
    return rows.filter((row): row is StatementRecord => row !== null && row !== undefined).map((row) => ({ row, knownAt: view.knownAt, asOf: view.asOf }));
  }

  @FieldResolver(() => String)
  status(@Root() view: StatementView): string {
    return effectiveStatus(view);
  }

  @FieldResolver(() => [Entity])
  async options(@Root() view: StatementView, @Ctx() context: Context): Promise<EntityRecord[]> {
    const ids = view.row.options ? (JSON.parse(view.row.options) as string[]) : [];
    return context.store.entities(ids);
  }

  @FieldResolver(() => String, { nullable: true })
  optionsFor(@Root() view: StatementView): string | null {
    return view.row.optionsFor;
  }

  @FieldResolver(() => Statement, { nullable: true })
  async supersedes(@Root() view: StatementView, @Ctx() context: Context): Promise<StatementView | null> {
    return this.viewOf(view.row.supersedesId, view.knownAt, context);
  }

  @FieldResolver(() => Statement, { nullable: true })
  async supersededBy(@Root() view: StatementView, @Ctx() context: Context): Promise<StatementView | null> {
    if (effectiveStatus(view) !== "SUPERSEDED") return null;
    return this.viewOf(view.row.supersededById, view.knownAt, context);
  }

  @FieldResolver(() => [Citation])
  async citations(@Root() view: StatementView, @Ctx() context: Context): Promise<CitationObject[]> {
    const citations = await context.store.citations(view.row.id);
    return Promise.all(citations.map(async (citation) => ({ quote: citation.quote, source: await context.store.source(citation.sourceId) })));
  }

  @FieldResolver(() => String)
  seedLocation(@Root() view: StatementView): string {
    return `${view.row.seedFile}:${view.row.seedLine}`;
  }

  private async viewOf(id: string | null, knownAt: string | null, context: Context): Promise<StatementView | null> {
    const row = id ? await context.store.statement(id) : null;
    return row ? { row, knownAt } : null;
  }
}
