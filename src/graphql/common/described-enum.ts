/**
 * A GraphQL enum whose every value carries its description, declared once: the values and
 * their descriptions in one object, so an enum can never be registered half-documented.
 */
import { registerEnumType } from "type-graphql";

export type EnumValues<Values> = { [Key in keyof Values]: Key };

export function describedEnum<const Values extends Record<string, string>>(
  name: string,
  description: string,
  values: Values,
): EnumValues<Values> {
  const enumObject = Object.fromEntries(Object.keys(values).map((key) => [key, key])) as EnumValues<Values>;
  const valuesConfig = Object.fromEntries(Object.entries(values).map(([key, text]) => [key, { description: text }]));
  registerEnumType(enumObject, { name, description, valuesConfig: valuesConfig as Partial<Record<keyof Values, { description: string }>> });
  return enumObject;
}
