/**
 * Progress of a long build (`db:build`, `db:synth`) on standard error, one line per event the build
 * reports (a phase starting, every 100,000 rows, a phase complete), each with the time since the
 * command started:
 *
 *   db:synth   12.4 s  statements: 300,000 of 1,000,000
 *
 * Shown when standard error is a terminal; `--progress` shows it anyway (a CI log), `--quiet` never.
 * So tests and pipes, which are no terminal, stay quiet unless they ask.
 */
import type { BuildProgress, BuildProgressEvent } from "../../db/build-database";

export const PROGRESS_OPTIONS = {
  progress: { type: "boolean", default: false },
  quiet: { type: "boolean", short: "q", default: false },
} as const;

export const PROGRESS_USAGE = `  --progress    print progress lines (phase, counts, elapsed) to standard error even when it is not a terminal
  --quiet, -q   print no progress lines, even on a terminal`;

export function progressWanted(flags: { progress?: boolean; quiet?: boolean }, isTerminal = Boolean(process.stderr.isTTY)): boolean {
  if (flags.quiet) return false;
  return Boolean(flags.progress) || isTerminal;
}

/** A BuildProgress that prints each event as a line, or undefined when progress is not wanted. */
export function progressPrinter(
  command: string,
  wanted: boolean,
  write: (line: string) => void = (line) => process.stderr.write(`${line}\n`),
  started = performance.now(),
): BuildProgress | undefined {
  if (!wanted) return undefined;
  return (event) => write(`${command}  ${((performance.now() - started) / 1000).toFixed(1).padStart(6)} s  ${describe(event)}`);
}

const count = (value: number) => value.toLocaleString("en-US");

function describe({ phase, done, total }: BuildProgressEvent): string {
  if (done === undefined || total === undefined) return `${phase} …`;
  return `${phase}: ${count(done)} of ${count(total)}${done === total ? " (done)" : ""}`;
}
