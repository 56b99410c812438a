/**
 * The relationship fields each kind of entity offers, named for the questions people ask
 * ("who leads the ACO?" → Organisation.leaders). Each is a view of `relationships` with
 * fixed predicates and direction.
 */
import { Args, Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { Agreement, Championship, Event, Organisation, Person, RacingClass, Season, Team, Venue } from "./entity-types";
import { RelationshipConnection } from "./relationship.type";
import { StatementConnection } from "../statements/statement.type";
import { relationshipPage, statementViews, type RelationshipSpec } from "./relationships";
import { RelationshipArgs } from "../common/time-args";
import type { Context } from "../context";
import type { EntityRecord } from "../../db/schema";

const out = (...predicates: string[]): RelationshipSpec => ({ predicates, direction: "OUTGOING" });
const into = (...predicates: string[]): RelationshipSpec => ({ predicates, direction: "INCOMING" });
const both = (...predicates: string[]): RelationshipSpec => ({ predicates, direction: "BOTH" });

function links(entity: EntityRecord, spec: RelationshipSpec, args: RelationshipArgs, context: Context, field: string) {
  return relationshipPage(entity.id, spec, args, context, field);
}

/** Statements with literal values (names, plans, quotes) of one predicate. */
function literals(entity: EntityRecord, predicate: string, args: RelationshipArgs, context: Context, field: string) {
  const statuses = args.includeSuperseded ? ["FACT", "ANNOUNCED", "UNDECIDED", "CANCELLED", "SUPERSEDED"] : null;
  return statementViews(entity.id, "OUTGOING", { ...args, predicates: [predicate], statuses }, context, field);
}

@Resolver(() => Person)
export class PersonResolver {
  @FieldResolver(() => RelationshipConnection, { description: "Roles the person holds or held (president, CEO …), with the organisation or championship and the term." })
  roles(@Root() p: EntityRecord, @Args(() => RelationshipArgs) a: RelationshipArgs, @Ctx() c: Context) {
    return links(p, out("HOLDS_ROLE"), a, c, "Person.roles");
  }

  @FieldResolver(() => RelationshipConnection, { description: "What the person founded, created or was a partner or shareholder in." })
  ventures(@Root() p: EntityRecord, @Args(() => RelationshipArgs) a: RelationshipArgs, @Ctx() c: Context) {
    return links(p, out("FOUNDED", "SHAREHOLDER_OF"), a, c, "Person.ventures");
  }

  @FieldResolver(() => RelationshipConnection, { description: "Races and championships the person competed in, and as what (driver, entrant)." })
  competedIn(@Root() p: EntityRecord, @Args(() => RelationshipArgs) a: RelationshipArgs, @Ctx() c: Context) {
    return links(p, out("COMPETED_IN"), a, c, "Person.competedIn");
  }

  @FieldResolver(() => RelationshipConnection, { description: "Agreements and plans the person announced." })
  announced(@Root() p: EntityRecord, @Args(() => RelationshipArgs) a: RelationshipArgs, @Ctx() c: Context) {
    return links(p, out("ANNOUNCED"), a, c, "Person.announced");
  }

  @FieldResolver(() => StatementConnection, { description: "What the person said, quoted as the sources give it (SAID statements)." })
  quotes(@Root() p: EntityRecord, @Args(() => RelationshipArgs) a: RelationshipArgs, @Ctx() c: Context) {
    return literals(p, "SAID", a, c, "Person.quotes");
  }
}

@Resolver(() => Organisation)
export class OrganisationResolver {
  @FieldResolver(() => RelationshipConnection, { description: "People who hold or held a role in the organisation (president, CEO …), with their terms." })
  leaders(@Root() o: EntityRecord, @Args(() => RelationshipArgs) a: RelationshipArgs, @Ctx() c: Context) {
    return links(o, into("HOLDS_ROLE"), a, c, "Organisation.leaders");
  }

  @FieldResolver(() => RelationshipConnection, { description: "Championships and events the organisation organises, runs, promotes or sanctions." })
  championships(@Root() o: EntityRecord, @Args(() => RelationshipArgs) a: RelationshipArgs, @Ctx() c: Context) {
    return links(o, out("ORGANISES", "SANCTIONS"), a, c, "Organisation.championships");
  }

  @FieldResolver(() => RelationshipConnection, { description: "Organisations this one belongs to (its owners or parents)." })
  parents(@Root() o: EntityRecord, @Args(() => RelationshipArgs) a: RelationshipArgs, @Ctx() c: Context) {
    return links(o, out("SUBSIDIARY_OF"), a, c, "Organisation.parents");
  }

  @FieldResolver(() => RelationshipConnection, { description: "Organisations owned by, or arms of, this one." })
  subsidiaries(@Root() o: EntityRecord, @Args(() => RelationshipArgs) a: RelationshipArgs, @Ctx() c: Context) {
    return links(o, into("SUBSIDIARY_OF"), a, c, "Organisation.subsidiaries");
  }

  @FieldResolver(() => RelationshipConnection, { description: "Founders, partners and shareholders of the organisation." })
  foundersAndShareholders(@Root() o: EntityRecord, @Args(() => RelationshipArgs) a: RelationshipArgs, @Ctx() c: Context) {
    return links(o, into("FOUNDED", "SHAREHOLDER_OF"), a, c, "Organisation.foundersAndShareholders");
  }

  @FieldResolver(() => RelationshipConnection, { description: "Agreements the organisation is a party to." })
  agreements(@Root() o: EntityRecord, @Args(() => RelationshipArgs) a: RelationshipArgs, @Ctx() c: Context) {
    return links(o, out("PARTY_TO"), a, c, "Organisation.agreements");
  }
}

@Resolver(() => Championship)
export class ChampionshipResolver {
  @FieldResolver(() => RelationshipConnection, { description: "Who organises, runs, promotes or sanctions the championship, and since when." })
  organisers(@Root() ch: EntityRecord, @Args(() => RelationshipArgs) a: RelationshipArgs, @Ctx() c: Context) {
    return links(ch, into("ORGANISES", "SANCTIONS"), a, c, "Championship.organisers");
  }

  @FieldResolver(() => StatementConnection, { description: "Its official names over time; with `asOf`, the name it bore that day. Earlier ones are its former names." })
  officialNames(@Root() ch: EntityRecord, @Args(() => RelationshipArgs) a: RelationshipArgs, @Ctx() c: Context) {
    return literals(ch, "OFFICIAL_NAME", a, c, "Championship.officialNames");
  }

  @FieldResolver(() => RelationshipConnection, { description: "Founders and people who hold roles in the championship." })
  people(@Root() ch: EntityRecord, @Args(() => RelationshipArgs) a: RelationshipArgs, @Ctx() c: Context) {
    return links(ch, into("FOUNDED", "HOLDS_ROLE", "SHAREHOLDER_OF"), a, c, "Championship.people");
  }

  @FieldResolver(() => RelationshipConnection, { description: "The championship's seasons." })
  seasons(@Root() ch: EntityRecord, @Args(() => RelationshipArgs) a: RelationshipArgs, @Ctx() c: Context) {
    return links(ch, into("SEASON_OF"), a, c, "Championship.seasons");
  }

  @FieldResolver(() => RelationshipConnection, { description: "Its classes and cups (Pro-Am, Gold Cup …)." })
  classes(@Root() ch: EntityRecord, @Args(() => RelationshipArgs) a: RelationshipArgs, @Ctx() c: Context) {
    return links(ch, into("CLASS_OF"), a, c, "Championship.classes");
  }

  @FieldResolver(() => RelationshipConnection, { description: "Automatic entries a result in this championship earns (to the 24 Hours of Le Mans …), with their terms." })
  automaticEntries(@Root() ch: EntityRecord, @Args(() => RelationshipArgs) a: RelationshipArgs, @Ctx() c: Context) {
    return links(ch, out("GRANTS_AUTOMATIC_ENTRY"), a, c, "Championship.automaticEntries");
  }

  @FieldResolver(() => RelationshipConnection, { description: "Championships this one is combined with or shares a joint classification with." })
  partnerships(@Root() ch: EntityRecord, @Args(() => RelationshipArgs) a: RelationshipArgs, @Ctx() c: Context) {
    return links(ch, both("COMBINED_WITH", "JOINT_CLASSIFICATION_WITH"), a, c, "Championship.partnerships");
  }

  @FieldResolver(() => RelationshipConnection, { description: "Its place in the ACO's endurance pyramid (qualifier `tier`)." })
  pyramid(@Root() ch: EntityRecord, @Args(() => RelationshipArgs) a: RelationshipArgs, @Ctx() c: Context) {
    return links(ch, out("PART_OF_PYRAMID"), a, c, "Championship.pyramid");
  }
}

@Resolver(() => Event)
export class EventResolver {
  @FieldResolver(() => RelationshipConnection, { description: "Who organises the event." })
  organisers(@Root() e: EntityRecord, @Args(() => RelationshipArgs) a: RelationshipArgs, @Ctx() c: Context) {
    return links(e, into("ORGANISES", "SANCTIONS"), a, c, "Event.organisers");
  }

  @FieldResolver(() => RelationshipConnection, { description: "Championships whose results earn an automatic entry to this event (qualifier `edition` gives the year)." })
  automaticEntryRoutes(@Root() e: EntityRecord, @Args(() => RelationshipArgs) a: RelationshipArgs, @Ctx() c: Context) {
    return links(e, into("GRANTS_AUTOMATIC_ENTRY"), a, c, "Event.automaticEntryRoutes");
  }

  @FieldResolver(() => RelationshipConnection, { description: "Teams and drivers that received an automatic entry (qualifiers `edition`, `via`)." })
  invitees(@Root() e: EntityRecord, @Args(() => RelationshipArgs) a: RelationshipArgs, @Ctx() c: Context) {
    return links(e, into("RECEIVED_AUTOMATIC_ENTRY"), a, c, "Event.invitees");
  }

  @FieldResolver(() => RelationshipConnection, { description: "People and teams that competed in the event, and as what." })
  competitors(@Root() e: EntityRecord, @Args(() => RelationshipArgs) a: RelationshipArgs, @Ctx() c: Context) {
    return links(e, into("COMPETED_IN"), a, c, "Event.competitors");
  }
}

@Resolver(() => Season)
export class SeasonResolver {
  @FieldResolver(() => RelationshipConnection, { description: "The championship the season belongs to." })
  championship(@Root() s: EntityRecord, @Args(() => RelationshipArgs) a: RelationshipArgs, @Ctx() c: Context) {
    return links(s, out("SEASON_OF"), a, c, "Season.championship");
  }

  @FieldResolver(() => RelationshipConnection, { description: "Where the season was (or was planned to be) held." })
  venues(@Root() s: EntityRecord, @Args(() => RelationshipArgs) a: RelationshipArgs, @Ctx() c: Context) {
    return links(s, out("HELD_AT"), a, c, "Season.venues");
  }

  @FieldResolver(() => RelationshipConnection, { description: "The season's champions, per class." })
  champions(@Root() s: EntityRecord, @Args(() => RelationshipArgs) a: RelationshipArgs, @Ctx() c: Context) {
    return links(s, into("CHAMPION_OF"), a, c, "Season.champions");
  }
}

@Resolver(() => RacingClass)
export class ClassResolver {
  @FieldResolver(() => RelationshipConnection, { description: "Championships and events the class belongs to, and what it replaces or is replaced by." })
  placement(@Root() k: EntityRecord, @Args(() => RelationshipArgs) a: RelationshipArgs, @Ctx() c: Context) {
    return links(k, both("CLASS_OF", "REPLACES"), a, c, "Class.placement");
  }

  @FieldResolver(() => StatementConnection, { description: "Its regulations in the sources' words (crew composition by driver rating …)." })
  regulations(@Root() k: EntityRecord, @Args(() => RelationshipArgs) a: RelationshipArgs, @Ctx() c: Context) {
    return literals(k, "REGULATION", a, c, "Class.regulations");
  }
}

@Resolver(() => Venue)
export class VenueResolver {
  @FieldResolver(() => RelationshipConnection, { description: "Seasons and events held at the venue." })
  hosted(@Root() v: EntityRecord, @Args(() => RelationshipArgs) a: RelationshipArgs, @Ctx() c: Context) {
    return links(v, into("HELD_AT"), a, c, "Venue.hosted");
  }
}

@Resolver(() => Team)
export class TeamResolver {
  @FieldResolver(() => RelationshipConnection, { description: "Titles the team won (qualifier `class`)." })
  titles(@Root() t: EntityRecord, @Args(() => RelationshipArgs) a: RelationshipArgs, @Ctx() c: Context) {
    return links(t, out("CHAMPION_OF"), a, c, "Team.titles");
  }

  @FieldResolver(() => RelationshipConnection, { description: "Automatic entries the team received (qualifiers `edition`, `via`)." })
  invitations(@Root() t: EntityRecord, @Args(() => RelationshipArgs) a: RelationshipArgs, @Ctx() c: Context) {
    return links(t, out("RECEIVED_AUTOMATIC_ENTRY"), a, c, "Team.invitations");
  }
}

@Resolver(() => Agreement)
export class AgreementResolver {
  @FieldResolver(() => RelationshipConnection, { description: "The organisations party to the agreement." })
  parties(@Root() g: EntityRecord, @Args(() => RelationshipArgs) a: RelationshipArgs, @Ctx() c: Context) {
    return links(g, into("PARTY_TO"), a, c, "Agreement.parties");
  }

  @FieldResolver(() => RelationshipConnection, { description: "Who announced it." })
  announcedBy(@Root() g: EntityRecord, @Args(() => RelationshipArgs) a: RelationshipArgs, @Ctx() c: Context) {
    return links(g, into("ANNOUNCED"), a, c, "Agreement.announcedBy");
  }

  @FieldResolver(() => RelationshipConnection, { description: "The championships, events and seasons it concerns." })
  concerns(@Root() g: EntityRecord, @Args(() => RelationshipArgs) a: RelationshipArgs, @Ctx() c: Context) {
    return links(g, out("CONCERNS"), a, c, "Agreement.concerns");
  }
}

export const TYPED_RELATIONSHIP_RESOLVERS = [
  PersonResolver, OrganisationResolver, ChampionshipResolver, EventResolver, SeasonResolver,
  ClassResolver, VenueResolver, TeamResolver, AgreementResolver,
] as const;
