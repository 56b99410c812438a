/**
 * The server under test, in its own process (run.ts starts it, pinned to one core): the API
 * (startApp, exactly as `npm start` runs it) or the Q0 baseline. It measures itself and
 * reports over IPC: CPU time (process.cpuUsage), requests served, peak RSS (sampled every
 * 50 ms) and event-loop delay (perf_hooks.monitorEventLoopDelay), each since the last reset.
 *
 *   node --import tsx test/bench/server.ts --mode api|raw --db FILE
 */
import "reflect-metadata";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { monitorEventLoopDelay } from "node:perf_hooks";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import type { startApp as StartApp } from "../../src/server/app";
import { createRawServer } from "./raw-server";

export interface ServerStats {
  requests: number;
  cpuUserMs: number;
  cpuSystemMs: number;
  peakRssMb: number;
  rssMb: number;
  eventLoopDelayP99Ms: number;
  eventLoopDelayMaxMs: number;
}

export type ParentMessage = { type: "reset" } | { type: "stats" } | { type: "stop" };
export type ChildMessage = { type: "ready"; port: number } | ({ type: "stats" } & ServerStats) | { type: "reset-done" };

/**
 * The API as `npm start` serves it: the compiled build (dist/, from `npm run build`) when
 * BENCH_API=dist, or the compiled build in BENCH_API_DIR (another checkout's dist/, to compare two
 * builds on the same data); else the TypeScript sources through tsx (which adds a name-keeping
 * helper call per function made, and so overstates the cost of per-request closures).
 */
function appStarter(): typeof StartApp {
  const compiled = process.env.BENCH_API_DIR ?? (process.env.BENCH_API === "dist" ? resolve(__dirname, "../../dist") : undefined);
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  if (compiled) return (require(join(resolve(compiled), "server/app")) as { startApp: typeof StartApp }).startApp;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (require("../../src/server/app") as { startApp: typeof StartApp }).startApp;
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { mode: { type: "string" }, db: { type: "string" } } });
  if (!process.send) throw new Error("server.ts runs as a child of test/bench/run.ts (it reports over IPC)");
  let server: Server;
  let stop: () => Promise<void>;
  if (values.mode === "api") {
    const app = await appStarter()({ databaseFile: values.db!, port: 0, host: "127.0.0.1" });
    server = app.server;
    stop = () => app.stop();
  } else if (values.mode === "raw") {
    const raw = createRawServer(values.db!);
    server = raw.server;
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    stop = async () => raw.close();
  } else {
    throw new Error(`--mode is api or raw; got ${values.mode}`);
  }

  let requests = 0;
  server.on("request", () => void (requests += 1));
  const delay = monitorEventLoopDelay({ resolution: 1 });
  delay.enable();
  let cpu = process.cpuUsage();
  let peakRss = process.memoryUsage.rss();
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage.rss())), 50);
  sampler.unref();

  process.on("disconnect", () => process.exit(0)); // the benchmark ended or died: never outlive it
  process.on("message", async (message: ParentMessage) => {
    if (message.type === "reset") {
      requests = 0;
      cpu = process.cpuUsage();
      peakRss = process.memoryUsage.rss();
      delay.reset();
      process.send!({ type: "reset-done" } satisfies ChildMessage);
    } else if (message.type === "stats") {
      const used = process.cpuUsage(cpu);
      const rss = process.memoryUsage.rss();
      peakRss = Math.max(peakRss, rss);
      process.send!({
        type: "stats",
        requests,
        cpuUserMs: used.user / 1000,
        cpuSystemMs: used.system / 1000,
        peakRssMb: peakRss / 1024 / 1024,
        rssMb: rss / 1024 / 1024,
        eventLoopDelayP99Ms: delay.percentile(99) / 1e6,
        eventLoopDelayMaxMs: delay.max / 1e6,
      } satisfies ChildMessage);
    } else if (message.type === "stop") {
      clearInterval(sampler);
      await stop();
      process.exit(0); // --cpu-prof writes its profile on exit
    }
  });
  process.send({ type: "ready", port: (server.address() as AddressInfo).port } satisfies ChildMessage);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
