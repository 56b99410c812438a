/**
 * Summarise a V8 .cpuprofile (from `node --cpu-prof`): where the busy time went, by function
 * (self time) and by area (our code, Apollo, graphql-js, TypeORM, SQLite, Node core, GC).
 *
 *   node --import tsx test/bench/profile.ts FILE.cpuprofile [--top 25]
 */
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
  children?: number[];
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

export interface ProfileSummary {
  totalMs: number;
  busyMs: number;
  frames: { name: string; where: string; selfMs: number; share: number }[];
  areas: { area: string; selfMs: number; share: number }[];
}

/** The area a frame belongs to, from its script URL. */
export function areaOf(url: string, name: string): string {
  if (name === "(garbage collector)") return "GC";
  if (name === "(program)" || name === "(idle)") return name;
  if (!url) return name.startsWith("(") ? name : "native (V8 builtins, better-sqlite3 calls)";
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pkg) {
    const name = pkg[1];
    if (name === "graphql" || name.startsWith("@graphql-tools")) return "graphql-js";
    if (name.startsWith("@apollo")) return "@apollo/server";
    if (name === "better-sqlite3") return "better-sqlite3 (JS side)";
    return name;
  }
  if (url.startsWith("node:")) return "Node core (http, streams, …)";
  if (/\/src\/graphql\//.test(url)) return "our resolvers and loaders";
  if (/\/src\/db\//.test(url)) return "our SQL layer";
  if (/\/src\/server\//.test(url)) return "our server";
  if (/\/src\/domain\//.test(url)) return "our domain code";
  if (/\/test\/bench\//.test(url)) return "bench harness";
  return "other";
}

export function summariseProfile(profile: CpuProfile, top = 25): ProfileSummary {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const selfUs = new Map<number, number>();
  for (let index = 0; index < profile.samples.length; index++) {
    const id = profile.samples[index];
    selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[index] ?? 0));
  }
  const frames = new Map<string, { name: string; where: string; us: number }>();
  const areas = new Map<string, number>();
  let totalUs = 0;
  let idleUs = 0;
  for (const [id, us] of selfUs) {
    const node = byId.get(id)!;
    const { functionName, url, lineNumber } = node.callFrame;
    const name = functionName || "(anonymous)";
    totalUs += us;
    if (name === "(idle)") {
      idleUs += us;
      continue;
    }
    const where = url ? `${url.replace(/^file:\/\//, "").replace(/^.*?\/(node_modules|src|test)\//, "$1/")}:${lineNumber + 1}` : "";
    const key = `${name}@${where}`;
    const frame = frames.get(key) ?? { name, where, us: 0 };
    frame.us += us;
    frames.set(key, frame);
    const area = areaOf(url, name);
    areas.set(area, (areas.get(area) ?? 0) + us);
  }
  const busyUs = totalUs - idleUs;
  const share = (us: number) => (busyUs > 0 ? us / busyUs : 0);
  return {
    totalMs: totalUs / 1000,
    busyMs: busyUs / 1000,
    frames: [...frames.values()]
      .sort((a, b) => b.us - a.us)
      .slice(0, top)
      .map((frame) => ({ name: frame.name, where: frame.where, selfMs: frame.us / 1000, share: share(frame.us) })),
    areas: [...areas.entries()].sort((a, b) => b[1] - a[1]).map(([area, us]) => ({ area, selfMs: us / 1000, share: share(us) })),
  };
}

export function profileMarkdown(title: string, summary: ProfileSummary, topFrames = 15): string {
  const pct = (value: number) => `${(value * 100).toFixed(1)} %`;
  const lines = [
    `#### ${title}`,
    "",
    `Busy ${summary.busyMs.toFixed(0)} ms of ${summary.totalMs.toFixed(0)} ms sampled.`,
    "",
    "| area | self time | share of busy |",
    "| --- | ---: | ---: |",
    ...summary.areas.slice(0, 12).map((area) => `| ${area.area} | ${area.selfMs.toFixed(0)} ms | ${pct(area.share)} |`),
    "",
    "| top frames (self time) | where | share |",
    "| --- | --- | ---: |",
    ...summary.frames.slice(0, topFrames).map((frame) => `| \`${frame.name}\` | ${frame.where || "native"} | ${pct(frame.share)} |`),
    "",
  ];
  return lines.join("\n");
}

export function readProfile(file: string): CpuProfile {
  return JSON.parse(readFileSync(file, "utf8")) as CpuProfile;
}

if (require.main === module) {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { top: { type: "string", default: "25" } } });
  for (const file of positionals) console.log(profileMarkdown(file, summariseProfile(readProfile(file), Number(values.top)), Number(values.top)));
}
