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

/** In the primary: fork and supervise the workers. In a worker (or with one worker): serve. */
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
  let ready = 0;
  const fork = () => cluster.fork().on("message", (message: { ready?: boolean }) => {
    if (message?.ready && ++ready === options.workers) log(`${options.workers} workers are serving (primary ${process.pid}).`);
  });
  for (let i = 0; i < options.workers; i++) fork();
  cluster.on("exit", (worker, code, signal) => {
    if (stopping) return;
    log(`Worker ${worker.process.pid} stopped (${signal ?? `exit ${code}`}); starting another.`);
    ready -= 1;
    fork();
  });
  const shutdown = (signal: NodeJS.Signals) => {
    stopping = true;
    const workers = Object.values(cluster.workers ?? {});
    let left = workers.length;
    if (left === 0) process.exit(0);
    for (const worker of workers) {
      worker?.once("exit", () => --left === 0 && process.exit(0));
      worker?.process.kill(signal);
    }
  };
  process.once("SIGINT", () => shutdown("SIGINT"));
  process.once("SIGTERM", () => shutdown("SIGTERM"));
}
