/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** What an entity is. Its id starts with the kind's prefix (person/, org/, championship/ …). */
export type EntityKind =
  /** An agreement or announcement between organisations, with its parties and terms. */
  | 'AGREEMENT'
  /** A series run over a season (FIA WEC, Asian Le Mans Series, GT World Challenge Europe). */
  | 'CHAMPIONSHIP'
  /** A class or cup within a championship or event (Gold Cup, Pro-Am, LMGT3). */
  | 'CLASS'
  /** A race held as its own event, such as the 24 Hours of Le Mans; its editions are years. */
  | 'EVENT'
  /** A club, company, federation or sanctioning body (ACO, LMEM, SRO Motorsports Group, FIA). */
  | 'ORGANISATION'
  /** A person: a founder, an official, a driver. */
  | 'PERSON'
  /** One championship's season (the 2021 Asian Le Mans Series). */
  | 'SEASON'
  /** A racing team or entrant. */
  | 'TEAM'
  /** A circuit or place where races are held (Dubai Autodrome, Yas Marina). */
  | 'VENUE';

/** The controlled vocabulary of statements: what a statement says about its subject. */
export type Predicate =
  /** The subject (a person or organisation) announced the object (an agreement or plan). */
  | 'ANNOUNCED'
  /** The subject person was born; the value gives the place, the valid-from date the day. */
  | 'BORN'
  /** A calendar fact about the subject season or championship, in the value's words (e.g. 'four races over two weekends'). */
  | 'CALENDAR'
  /** The subject team or driver won the object season's title; qualifier `class` names the class. */
  | 'CHAMPION_OF'
  /** The subject class or cup is a class of the object championship or event. */
  | 'CLASS_OF'
  /** The subject championship is combined with the object championship in a shared structure (as the Sprint and Endurance Cups are). */
  | 'COMBINED_WITH'
  /** The subject competed in the object event or championship; qualifier `role` says as what (e.g. 'driver', 'entrant'); valid time gives the year. */
  | 'COMPETED_IN'
  /** The subject agreement concerns, or sets terms for, the object championship, event or season. */
  | 'CONCERNS'
  /** The subject founded, created or set up the object; qualifier `role` can say how (e.g. 'original partner'). */
  | 'FOUNDED'
  /** A result in the subject championship (or classification) earns an automatic entry to the object event; qualifiers give `edition`, `class`, `position`, `beneficiary`. Undecided terms carry their options. */
  | 'GRANTS_AUTOMATIC_ENTRY'
  /** The subject season, event or race was (or is planned to be) held at the object venue; qualifier `date` or `races` may add detail. */
  | 'HELD_AT'
  /** The subject was not held during the statement's valid time; the value gives the reason. */
  | 'HIATUS'
  /** The subject (a person) holds a role in the object (an organisation or championship); qualifier `role` names it, e.g. 'president', 'CEO'. */
  | 'HOLDS_ROLE'
  /** The subject was founded, established or first held; the value and the valid-from date give when. */
  | 'INCEPTION'
  /** The subject championship shares a joint classification with the object championship; qualifier `class` says for which class. */
  | 'JOINT_CLASSIFICATION_WITH'
  /** The subject venue or organisation is located in the place the value names ('Abu Dhabi, United Arab Emirates'). */
  | 'LOCATED_IN'
  /** The subject was officially named the value during the statement's valid time (former names are the earlier ones). */
  | 'OFFICIAL_NAME'
  /** The subject organisation organises, runs or promotes the object championship or event; qualifier `role` can say 'promoter', 'co-organiser'. */
  | 'ORGANISES'
  /** The subject organisation is a party to the object agreement. */
  | 'PARTY_TO'
  /** The subject championship or cup is part of the object championship (the Endurance Cup within GT World Challenge Europe). */
  | 'PART_OF'
  /** The subject championship or event is part of the object's endurance pyramid; qualifier `tier` (1 = top) places it. */
  | 'PART_OF_PYRAMID'
  /** A stated plan or vision for the subject, in the value's words (e.g. 'two races in the Middle East and two in the Far East'). */
  | 'PLAN'
  /** The subject team or driver received an automatic entry (an invitation) to the object event; qualifiers give `edition`, `class` and `via` (the qualifying championship). */
  | 'RECEIVED_AUTOMATIC_ENTRY'
  /** A rule or regulatory fact about the subject, in the value's words (e.g. 'no professional GT category'). */
  | 'REGULATION'
  /** The subject replaces the object (a class, championship or rule set) from the subject's valid-from date; qualifier `in` names where. */
  | 'REPLACES'
  /** The subject (a person) said the value; qualifier `about` names what it is about. The value is the quotation as the source gives it. */
  | 'SAID'
  /** The subject body sanctions (grants the official status of) the object championship. */
  | 'SANCTIONS'
  /** The subject season is a season of the object championship. */
  | 'SEASON_OF'
  /** The subject held shares in, or was a partner in, the object organisation or championship. */
  | 'SHAREHOLDER_OF'
  /** The subject organisation is owned by, or is an arm of, the object organisation. */
  | 'SUBSIDIARY_OF'
  /** The subject person succeeded the object person in a role; qualifier `role` names it. */
  | 'SUCCEEDED';

/** How settled a statement is, as known at the query's `knownAt` date. */
export type StatementStatus =
  /** Announced or planned: a statement about the future, made on its `statedOn` date. */
  | 'ANNOUNCED'
  /** Announced, then reported as cancelled or not carried out. */
  | 'CANCELLED'
  /** Reported as having happened or as holding. */
  | 'FACT'
  /** Replaced by a later statement (see `supersededBy`); shown only when the later one was known at `knownAt`. */
  | 'SUPERSEDED'
  /** Announced with a term still open; `options` lists what was on the table. */
  | 'UNDECIDED';

export type LeMansAutomaticEntriesKnownAtQueryVariables = Exact<{
  knownAt?: string | null | undefined;
}>;


export type LeMansAutomaticEntriesKnownAtQuery = { entity:
    | { __typename: 'Agreement', name: string }
    | { __typename: 'Championship', name: string }
    | { __typename: 'Class', name: string }
    | { __typename: 'Event', name: string, automaticEntryRoutes: { totalCount: number, nodes: Array<{ status: StatementStatus, entity:
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
          , statement: { id: string, optionsFor: string | null, qualifiers: Array<{ name: string, value: string, entity:
                | { name: string }
                | { name: string }
                | { name: string }
                | { name: string }
                | { name: string }
                | { name: string }
                | { name: string }
                | { name: string }
                | { name: string }
               | null }>, options: Array<
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
            >, statedOn: { text: string } | null, citations: Array<{ quote: string, source: { title: string } }> } }> } }
    | { __typename: 'Organisation', name: string }
    | { __typename: 'Person', name: string }
    | { __typename: 'Season', name: string }
    | { __typename: 'Team', name: string }
    | { __typename: 'Venue', name: string }
   };

export type PersonRolesQueryVariables = Exact<{
  person: string;
  asOf?: string | null | undefined;
}>;


export type PersonRolesQuery = { entity:
    | { __typename: 'Agreement', id: string, name: string }
    | { __typename: 'Championship', id: string, name: string }
    | { __typename: 'Class', id: string, name: string }
    | { __typename: 'Event', id: string, name: string }
    | { __typename: 'Organisation', id: string, name: string }
    | { __typename: 'Person', id: string, name: string, roles: { nodes: Array<{ role: string | null, entity:
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
          , validFrom: { text: string } | null, validUntil: { text: string } | null, statement: { citations: Array<{ quote: string, source: { title: string } }> } }> }, ventures: { nodes: Array<{ predicate: Predicate, role: string | null, entity:
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
          , validFrom: { text: string } | null, validUntil: { text: string } | null }> } }
    | { __typename: 'Season', id: string, name: string }
    | { __typename: 'Team', id: string, name: string }
    | { __typename: 'Venue', id: string, name: string }
   };

export type SearchNamesQueryVariables = Exact<{
  text: string;
  first?: number | null | undefined;
}>;


export type SearchNamesQuery = { search: { totalCount: number, nodes: Array<{ matched: string, entity:
        | { id: string, kind: EntityKind, name: string }
        | { id: string, kind: EntityKind, name: string }
        | { id: string, kind: EntityKind, name: string }
        | { id: string, kind: EntityKind, name: string }
        | { id: string, kind: EntityKind, name: string }
        | { id: string, kind: EntityKind, name: string }
        | { id: string, kind: EntityKind, name: string }
        | { id: string, kind: EntityKind, name: string }
        | { id: string, kind: EntityKind, name: string }
       }> } };

export type StatementsAsOfQueryVariables = Exact<{
  subject: string | number;
  asOf?: string | null | undefined;
  knownAt?: string | null | undefined;
}>;


export type StatementsAsOfQuery = { statements: { totalCount: number, nodes: Array<{ predicate: Predicate, value: string | null, status: StatementStatus, object:
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
       | null, validFrom: { text: string } | null, validUntil: { text: string } | null, statedOn: { text: string } | null, citations: Array<{ quote: string, source: { title: string } }> }> } };

export type TheNovember2021AgreementQueryVariables = Exact<{ [key: string]: never; }>;


export type TheNovember2021AgreementQuery = { entity:
    | { __typename: 'Agreement', id: string, name: string, description: string | null, parties: { nodes: Array<{ role: string | null, entity:
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
          , statement: { citations: Array<{ quote: string, source: { title: string, language: string } }> } }> }, announcedBy: { nodes: Array<{ entity:
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
           }> }, concerns: { nodes: Array<{ status: StatementStatus, entity:
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
          , validFrom: { text: string } | null }> } }
    | { __typename: 'Championship', id: string, name: string, description: string | null }
    | { __typename: 'Class', id: string, name: string, description: string | null }
    | { __typename: 'Event', id: string, name: string, description: string | null }
    | { __typename: 'Organisation', id: string, name: string, description: string | null }
    | { __typename: 'Person', id: string, name: string, description: string | null }
    | { __typename: 'Season', id: string, name: string, description: string | null }
    | { __typename: 'Team', id: string, name: string, description: string | null }
    | { __typename: 'Venue', id: string, name: string, description: string | null }
   };

export type WhoRunsTheAsianLeMansSeriesQueryVariables = Exact<{
  asOf?: string | null | undefined;
  knownAt?: string | null | undefined;
}>;


export type WhoRunsTheAsianLeMansSeriesQuery = { entity:
    | { __typename: 'Agreement', id: string, name: string }
    | { __typename: 'Championship', id: string, name: string, organisers: { totalCount: number, nodes: Array<{ role: string | null, status: StatementStatus, entity:
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
          , validFrom: { text: string } | null, validUntil: { text: string } | null, statement: { citations: Array<{ quote: string, source: { title: string, outlet: string, published: { text: string } | null } }> } }> } }
    | { __typename: 'Class', id: string, name: string }
    | { __typename: 'Event', id: string, name: string }
    | { __typename: 'Organisation', id: string, name: string }
    | { __typename: 'Person', id: string, name: string }
    | { __typename: 'Season', id: string, name: string }
    | { __typename: 'Team', id: string, name: string }
    | { __typename: 'Venue', id: string, name: string }
   };


export const LeMansAutomaticEntriesKnownAtDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LeMansAutomaticEntriesKnownAt"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"knownAt"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ref"},"value":{"kind":"StringValue","value":"24 Hours of Le Mans","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Event"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"automaticEntryRoutes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"knownAt"},"value":{"kind":"Variable","name":{"kind":"Name","value":"knownAt"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"qualifiers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"options"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"optionsFor"}},{"kind":"Field","name":{"kind":"Name","value":"statedOn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"citations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<LeMansAutomaticEntriesKnownAtQuery, LeMansAutomaticEntriesKnownAtQueryVariables>;
export const PersonRolesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PersonRoles"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"person"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ref"},"value":{"kind":"Variable","name":{"kind":"Name","value":"person"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"roles"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"citations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"ventures"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"predicate"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<PersonRolesQuery, PersonRolesQueryVariables>;
export const SearchNamesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SearchNames"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"text"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"search"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"text"},"value":{"kind":"Variable","name":{"kind":"Name","value":"text"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"matched"}},{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SearchNamesQuery, SearchNamesQueryVariables>;
export const StatementsAsOfDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StatementsAsOf"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"subject"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"knownAt"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"statements"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"subject"},"value":{"kind":"Variable","name":{"kind":"Name","value":"subject"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}},{"kind":"Argument","name":{"kind":"Name","value":"knownAt"},"value":{"kind":"Variable","name":{"kind":"Name","value":"knownAt"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"predicate"}},{"kind":"Field","name":{"kind":"Name","value":"object"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statedOn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"citations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<StatementsAsOfQuery, StatementsAsOfQueryVariables>;
export const TheNovember2021AgreementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TheNovember2021Agreement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ref"},"value":{"kind":"StringValue","value":"agreement/aco-almem-sro-2021","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agreement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"parties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"statement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"citations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"language"}}]}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"announcedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"concerns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<TheNovember2021AgreementQuery, TheNovember2021AgreementQueryVariables>;
export const WhoRunsTheAsianLeMansSeriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WhoRunsTheAsianLeMansSeries"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"knownAt"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ref"},"value":{"kind":"StringValue","value":"Asian Le Mans Series","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Championship"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}},{"kind":"Argument","name":{"kind":"Name","value":"knownAt"},"value":{"kind":"Variable","name":{"kind":"Name","value":"knownAt"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"citations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"outlet"}},{"kind":"Field","name":{"kind":"Name","value":"published"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<WhoRunsTheAsianLeMansSeriesQuery, WhoRunsTheAsianLeMansSeriesQueryVariables>;