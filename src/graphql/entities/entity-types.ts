/** One object type per entity kind; their relationship fields live in ./relationship-fields.resolver.ts. */
import { ObjectType } from "type-graphql";
import { Node } from "../node/node.interface";
import { Entity } from "./entity.interface";
import { ENTITY_KINDS } from "../../domain/vocabulary";

const described = (kind: keyof typeof ENTITY_KINDS) => ({ implements: [Node, Entity], description: ENTITY_KINDS[kind].description });

@ObjectType(described("PERSON"))
export class Person extends Entity {}

@ObjectType(described("ORGANISATION"))
export class Organisation extends Entity {}

@ObjectType(described("CHAMPIONSHIP"))
export class Championship extends Entity {}

@ObjectType(described("EVENT"))
export class Event extends Entity {}

@ObjectType(described("SEASON"))
export class Season extends Entity {}

@ObjectType("Class", described("CLASS"))
export class RacingClass extends Entity {}

@ObjectType(described("VENUE"))
export class Venue extends Entity {}

@ObjectType(described("TEAM"))
export class Team extends Entity {}

@ObjectType(described("AGREEMENT"))
export class Agreement extends Entity {}

export const ENTITY_TYPES = [Person, Organisation, Championship, Event, Season, RacingClass, Venue, Team, Agreement];
