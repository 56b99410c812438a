/** A problem in the seed files, located precisely enough to fix without searching. */
export interface SeedProblem {
  file: string;
  line: number;
  /** 1-based, when the problem has a precise place on its line (a key, a value, a syntax error). */
  column?: number;
  message: string;
}

/** "file:line:column: message", the form editors and terminals turn into a link. */
export function formatProblem(problem: SeedProblem): string {
  return `${problem.file}:${problem.line}${problem.column ? `:${problem.column}` : ""}: ${problem.message}`;
}

/** Thrown when the seeds do not validate; the build writes nothing. */
export class SeedValidationError extends Error {
  constructor(readonly problems: SeedProblem[]) {
    const shown = problems.slice(0, 50).map(formatProblem).join("\n");
    const more = problems.length > 50 ? `\n… and ${problems.length - 50} more` : "";
    super(`The seeds have ${problems.length} problem(s); the database was not changed.\n${shown}${more}`);
    this.name = "SeedValidationError";
  }
}
