/**
 * WORKERS=N processes serving one port through node:cluster (default: one per core). The primary
 * builds the database if needed, forks the workers and replaces one that dies; each worker opens
 * its own read-only connection (a SQLite handle, or its own PostgreSQL pool) and runs the whole
 * app. The kernel spreads connections over the workers (round-robin by the primary on Linux).
 */
import cluster from "node:cluster";
import { availableParallelism } from "node:os";

/** WORKERS from the environment: a positive integer, else one per core. */
export function workerCount(value = process.env.WORKERS): number {
  if (value === undefined || value.trim() === "") return availableParallelism();
  const count = Number(value);
  if (!Number.isInteger(count) || count < 1) throw new Error(`WORKERS must be a positive integer; got "${value}".`);
  return count;
}

export interface ClusterOptions {
  workers: number;
  /** Runs in each worker (and in the only process when workers is 1): serve, and return a stop function. */
  serve(workerId: number): Promise<() => Promise<void>>;
  log?(message: string): void;
}

/** What a worker that cannot start (a busy port …) sends the primary, which prints it once and exits 1. */
export interface StartFailure {
  startFailed: string;
}

/** In a worker: hand the reason it cannot start to the primary (so it is printed once, not once per worker). */
export function reportStartFailure(line: string): void {
  if (cluster.isWorker && process.send) process.send({ startFailed: line } satisfies StartFailure, () => process.exit(1));
  else {
    console.error(line);
    process.exit(1);
  }
}

/**
 * In the primary: fork and supervise the workers. A worker that dies after it was serving is replaced;
 * one that dies before it ever served (a busy port, an unreadable database) would die again: the
 * primary stops the others and exits 1, with the worker's reason as its one line.
 */
export async function runCluster(options: ClusterOptions): Promise<void> {
  const log = options.log ?? ((message) => console.log(message));
  if (options.workers === 1 || cluster.isWorker) {
    const stop = await options.serve(cluster.worker?.id ?? 0);
    const shutdown = () => stop().then(() => process.exit(0), () => process.exit(1));
    process.once("SIGINT", shutdown);
    process.once("SIGTERM", shutdown);
    if (cluster.isWorker) process.send?.({ ready: true });
    return;
  }
  let stopping = false;
  let exitCode = 0;
  const serving = new Set<number>();
  const stopAll = (signal: NodeJS.Signals) => {
    stopping = true;
    const workers = Object.values(cluster.workers ?? {});
    let left = workers.length;
    if (left === 0) process.exit(exitCode);
    for (const worker of workers) {
      worker?.once("exit", () => --left === 0 && process.exit(exitCode));
      worker?.process.kill(signal);
    }
  };
  const failStart = (line: string) => {
    if (stopping) return;
    console.error(line);
    exitCode = 1;
    stopAll("SIGTERM");
  };
  const fork = () => {
    const worker = cluster.fork();
    worker.on("message", (message: { ready?: boolean } & Partial<StartFailure>) => {
      if (message?.startFailed) failStart(message.startFailed);
      else if (message?.ready) {
        serving.add(worker.id);
        if (serving.size === options.workers) log(`${options.workers} workers are serving (primary ${process.pid}).`);
      }
    });
  };
  for (let i = 0; i < options.workers; i++) fork();
  cluster.on("exit", (worker, code, signal) => {
    if (stopping) return;
    const how = signal ?? `exit ${code}`;
    if (!serving.delete(worker.id)) return failStart(`Worker ${worker.process.pid} stopped before it could serve (${how}).`);
    log(`Worker ${worker.process.pid} stopped (${how}); starting another.`);
    fork();
  });
  process.once("SIGINT", () => stopAll("SIGINT"));
  process.once("SIGTERM", () => stopAll("SIGTERM"));
}
