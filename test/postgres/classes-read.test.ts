// The read behind class names within a championship (src/db/reads/classes.ts) answers the same on
// PostgreSQL as on SQLite: plain SQL, one placeholder per championship, quoted column names.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DataSource } from "typeorm";
import { openDataSource } from "../../src/db/connection";
import { rebuildDatabase } from "../../src/db/rebuild";
import { classesOfChampionships } from "../../src/db/reads/classes";
import { countingSql } from "../../src/db/sql";
import { SEEDS_DIR, temporaryDatabase, temporaryFile } from "../support/app";

let postgres: DataSource;
let sqlite: DataSource;
beforeAll(async () => {
  const url = await temporaryDatabase();
  const file = temporaryFile("graph.sqlite");
  await Promise.all([rebuildDatabase(SEEDS_DIR, url), rebuildDatabase(SEEDS_DIR, file)]);
  [postgres, sqlite] = await Promise.all([openDataSource(url, { readonly: true }), openDataSource(file, { readonly: true })]);
});
afterAll(async () => {
  await postgres?.destroy();
  await sqlite?.destroy();
});

describe("the classes of championships, with their names", () => {
  it("are the same rows on both engines", async () => {
    const championships = ["championship/elms", "championship/asian-le-mans-series"];
    // Sorted here: the engines' text collations may order accents and case differently.
    const rows = async (dataSource: DataSource) => {
      const read = await classesOfChampionships(countingSql(dataSource), championships);
      return [...read.championshipNames, ...read.classNames].map((row) => JSON.stringify(row)).sort();
    };
    expect(await rows(postgres)).toEqual(await rows(sqlite));
    const onPostgres = await classesOfChampionships(countingSql(postgres), championships);
    expect(onPostgres.championshipNames).toEqual(expect.arrayContaining([{ championshipId: "championship/elms", text: "ELMS" }]));
    expect(onPostgres.classNames).toEqual(expect.arrayContaining([{ championshipId: "championship/elms", classId: "class/elms-lmp2", className: "European Le Mans Series LMP2", text: "ELMS LMP2" }]));
  });
});
