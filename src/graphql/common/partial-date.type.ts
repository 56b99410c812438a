import { Field, ObjectType } from "type-graphql";
import { partialDate, type PartialDate as Parsed } from "../../domain/partial-date";
import { DatePrecision } from "./enums";

@ObjectType({ description: 'A date known to a year, a month or a day ("2023", "2022-12", "2021-11-05"), with the days it spans.' })
export class PartialDate {
  @Field(() => String, { description: "The date as the source gives it." })
  text: string;

  @Field(() => DatePrecision, { description: "Whether it is a year, a month or a day." })
  precision: DatePrecision;

  @Field(() => String, { description: "The first day it covers (YYYY-MM-DD): 2023 starts on 2023-01-01." })
  firstDay: string;

  @Field(() => String, { description: "The last day it covers (YYYY-MM-DD): 2022 ends on 2022-12-31." })
  lastDay: string;
}

export function toPartialDate(text: string | null): Parsed | null {
  return text ? partialDate(text) : null;
}
