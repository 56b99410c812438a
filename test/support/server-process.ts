/**
 * The server as an operator runs it: a child process (`npm start`, or src/cli/start.ts through tsx)
 * whose standard output and error the test reads line by line, and signals it receives.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { REPO_ROOT } from "./app";

export interface ServerProcess {
  child: ChildProcess;
  /** Every line printed so far, standard output and error together. */
  lines(): string[];
  /** The JSON lines of the log (pino), parsed. */
  logLines(): Record<string, any>[];
  /** Waits for a printed line that matches (or for the process to end, which fails). */
  waitForLine(pattern: RegExp, timeoutMs?: number): Promise<string>;
  /** Resolves with the exit code (or signal) once the process has ended. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null; at: number }>;
  /** Sends SIGTERM if it still runs, and waits for it to end. */
  stop(): Promise<void>;
}

/** `command` is run with node; a .ts file goes through tsx, as the npm scripts do. */
export function startServerProcess(command: string[], env: Record<string, string>, options: { viaNpm?: boolean } = {}): ServerProcess {
  const [program, ...args] = options.viaNpm ? ["npm", ...command] : [process.execPath, ...(command[0].endsWith(".ts") ? ["--import", "tsx"] : []), ...command];
  const child = spawn(program, args, { cwd: REPO_ROOT, env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] });
  const printed: string[] = [];
  const partial = { stdout: "", stderr: "" };
  for (const stream of ["stdout", "stderr"] as const) {
    child[stream]!.setEncoding("utf8").on("data", (chunk: string) => {
      const text = partial[stream] + chunk;
      const complete = text.split("\n");
      partial[stream] = complete.pop()!;
      printed.push(...complete);
    });
  }
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null; at: number }>((resolve) =>
    child.once("exit", (code, signal) => resolve({ code, signal, at: Date.now() })),
  );
  const lines = () => [...printed, ...Object.values(partial).filter(Boolean)];
  return {
    child,
    lines,
    logLines: () => lines().filter((line) => line.startsWith("{")).map((line) => JSON.parse(line) as Record<string, any>),
    async waitForLine(pattern, timeoutMs = 90_000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const found = lines().find((line) => pattern.test(line));
        if (found) return found;
        if (child.exitCode !== null || child.signalCode !== null || Date.now() > deadline) {
          throw new Error(`no line matching ${pattern} (${child.exitCode === null ? "timed out" : `exit ${child.exitCode}`}); printed:\n${lines().join("\n")}`);
        }
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    },
    exited,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
      await exited;
    },
  };
}

/** True while a process with this id exists. */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}
