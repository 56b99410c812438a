// `includeSuperseded` shows what a later statement or rule replaced, and only then (probes M6, M15 of the 2026-12 review).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dataOf, startTestApp, type TestApp } from "../support/app";

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app?.stop());

describe("includeSuperseded", () => {
  it("on automaticEntries (default: shown): the replaced GTWC Europe rule appears, as SUPERSEDED by the Bronze Cup rule, unless left out", async () => {
    const data: any = dataOf(
      await app.query(`{
        current: automaticEntries(event: "event/24h-le-mans", edition: 2024, includeSuperseded: false) { id status }
        all: automaticEntries(event: "event/24h-le-mans", edition: 2024) { id status supersededBy { id } }
      }`),
    );
    const currentIds = data.current.map((rule: { id: string }) => rule.id);
    expect(currentIds).toContain("rule/gtwce-bronze-cup-le-mans-2024");
    expect(currentIds).not.toContain("rule/gtwce-le-mans-2024");
    expect(data.current.every((rule: { status: string }) => rule.status !== "SUPERSEDED")).toBe(true);
    const replaced = data.all.find((rule: { id: string }) => rule.id === "rule/gtwce-le-mans-2024");
    expect(replaced).toEqual({ id: "rule/gtwce-le-mans-2024", status: "SUPERSEDED", supersededBy: { id: "rule/gtwce-bronze-cup-le-mans-2024" } });
    expect(data.all.map((rule: { id: string }) => rule.id).sort()).toEqual([...currentIds, "rule/gtwce-le-mans-2024"].sort());
  });

  it("on a literal field (Class.regulations): the replaced crew plan appears only when asked", async () => {
    const data: any = dataOf(
      await app.query(`{
        entity(ref: "class/gtwce-gold-cup") {
          ... on Class {
            current: regulations(first: 50) { totalCount nodes { id status } }
            all: regulations(first: 50, includeSuperseded: true) { totalCount nodes { id status } }
          }
        }
      }`),
    );
    const { current, all } = data.entity;
    const ids = (page: { nodes: { id: string }[] }) => page.nodes.map((node) => node.id);
    expect(ids(current)).toContain("statement/gtwce-gold-cup-crew-2023");
    expect(ids(current)).not.toContain("statement/gtwce-gold-cup-crew-2023-plan");
    expect(all.nodes).toContainEqual({ id: "statement/gtwce-gold-cup-crew-2023-plan", status: "SUPERSEDED" });
    expect(all.totalCount).toBe(current.totalCount + 1);
    expect(ids(all).filter((id: string) => !ids(current).includes(id))).toEqual(["statement/gtwce-gold-cup-crew-2023-plan"]);
  });
});
