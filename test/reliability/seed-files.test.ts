// Broken seed files as curators (or accidents) make them: each is refused at its file, line and
// column with a message saying what is wrong, quickly, and never with a raw stack trace.
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadSeeds } from "../../src/seeds/load-seeds";
import { SeedValidationError, type SeedProblem } from "../../src/seeds/problems";
import { REPO_ROOT } from "../support/app";

const VALID = readFileSync(join(REPO_ROOT, "test/fixtures/seeds-valid/graph.yaml"), "utf8");
const TIME_BOUND_MS = 10_000;

/** A seeds folder holding `files` (name → text or bytes), and what loading it reports. */
function problemsOf(files: Record<string, string | Buffer>, extra?: (dir: string) => void): SeedProblem[] {
  const dir = join(mkdtempSync(join(tmpdir(), "seeds-abuse-")), "seeds");
  mkdirSync(dir);
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  extra?.(dir);
  const started = Date.now();
  try {
    loadSeeds(dir);
    return [];
  } catch (error) {
    expect(error).toBeInstanceOf(SeedValidationError); // never a raw crash
    return (error as SeedValidationError).problems;
  } finally {
    expect(Date.now() - started).toBeLessThan(TIME_BOUND_MS);
  }
}

const withStatement = (fields: string) =>
  `${VALID}\n  - id: second\n    subject: person/beta\n    predicate: HOLDS_ROLE\n    object: org/alpha\n${fields}    citations:\n      - source: source/fixture-report\n        quote: "Béta is president of Alpha"\n`;

interface Case {
  name: string;
  files: Record<string, string | Buffer>;
  extra?: (dir: string) => void;
  file: string;
  line: number;
  column?: number;
  message: RegExp;
}

const bigFile = `${VALID}${"# filler\n".repeat(100_000)}entities:\n  - bad: [\n`;

const CASES: Case[] = [
  { name: "bad indentation", files: { "graph.yaml": "sources:\n  - id: source/a\n   title: x\n" }, file: "seeds/graph.yaml", line: 3, message: /YAML syntax/ },
  { name: "duplicate key", files: { "graph.yaml": VALID.replace("    title: Fixture report\n", "    title: Fixture report\n    title: Again\n") }, file: "seeds/graph.yaml", line: 5, column: 5, message: /YAML syntax: .*(unique|Map keys)/i },
  { name: "a tab for indentation", files: { "graph.yaml": "sources:\n\t- id: source/a\n" }, file: "seeds/graph.yaml", line: 2, message: /YAML syntax/ },
  { name: "a second document", files: { "graph.yaml": `${VALID}---\nsources: []\n` }, file: "seeds/graph.yaml", line: 24, message: /YAML syntax|a seed file/ },
  { name: "an error deep in a big file", files: { "graph.yaml": bigFile }, file: "seeds/graph.yaml", line: 100_024, message: /YAML syntax/ },
  { name: "an unclosed quote", files: { "graph.yaml": 'sources:\n  - id: "source/a\n' }, file: "seeds/graph.yaml", line: 3, message: /YAML syntax/ },
  { name: "bytes that are not UTF-8", files: { "graph.yaml": Buffer.concat([Buffer.from("sources:\n  - id: caf"), Buffer.from([0xe9]), Buffer.from("\n")]) }, file: "seeds/graph.yaml", line: 2, column: 12, message: /not UTF-8 text: byte 0xe9/ },
  { name: "an overlong UTF-8 form", files: { "graph.yaml": Buffer.concat([Buffer.from("a: "), Buffer.from([0xc0, 0xaf])]) }, file: "seeds/graph.yaml", line: 1, column: 4, message: /not UTF-8/ },
  { name: "a NUL byte", files: { "graph.yaml": `${VALID}\n# \0\n` }, file: "seeds/graph.yaml", line: 25, column: 3, message: /NUL/ },
  { name: "UTF-16 text", files: { "graph.yaml": Buffer.from("sources: []\n", "utf16le") }, file: "seeds/graph.yaml", line: 1, message: /NUL|UTF-8/ },
  {
    name: "an alias bomb",
    files: { "graph.yaml": `a: &a ["x","x","x","x","x","x","x","x","x"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: [*d,*d,*d,*d,*d,*d,*d,*d,*d]\n` },
    file: "seeds/graph.yaml",
    line: 1,
    message: /aliases expand too far/,
  },
  { name: "an unknown section, at its key", files: { "graph.yaml": `${VALID}\nentites:\n  - id: org/x\n` }, file: "seeds/graph.yaml", line: 25, column: 1, message: /unknown section "entites"/ },
  { name: "a section that is not a list", files: { "graph.yaml": `sources: 3\n` }, file: "seeds/graph.yaml", line: 1, column: 1, message: /"sources" must be a list/ },
  { name: "an unknown key, at its key", files: { "graph.yaml": VALID.replace("    outlet: Fixture Outlet\n", "    outlet: Fixture Outlet\n    outlot: typo\n") }, file: "seeds/graph.yaml", line: 6, column: 5, message: /outlot/ },
  { name: "a bad value, at its key", files: { "graph.yaml": VALID.replace("language: en", "language: xx") }, file: "seeds/graph.yaml", line: 6, column: 5, message: /language/ },
  { name: "a statement superseding itself", files: { "graph.yaml": withStatement("    supersedes: second\n") }, file: "seeds/graph.yaml", line: 25, message: /supersedes itself/ },
  {
    name: "statements superseding each other",
    files: { "graph.yaml": withStatement("    supersedes: third\n").concat("  - id: third\n    subject: person/beta\n    predicate: HOLDS_ROLE\n    object: org/alpha\n    qualifiers: { role: member }\n    supersedes: second\n    citations:\n      - source: source/fixture-report\n        quote: \"Béta is president of Alpha\"\n") },
    file: "seeds/graph.yaml",
    line: 25,
    message: /supersedes in a cycle: statement\/second → statement\/third → statement\/second/,
  },
  { name: "a dangling symbolic link", files: { "graph.yaml": VALID }, extra: (dir) => symlinkSync(join(dir, "missing.yaml"), join(dir, "link.yaml")), file: "seeds/link.yaml", line: 1, message: /symbolic link to nothing/ },
  { name: "a symbolic link loop (file)", files: { "graph.yaml": VALID }, extra: (dir) => { symlinkSync(join(dir, "b.yaml"), join(dir, "a.yaml")); symlinkSync(join(dir, "a.yaml"), join(dir, "b.yaml")); }, file: "seeds/a.yaml", line: 1, message: /symbolic link in a loop/ },
  { name: "a symbolic link loop (folder)", files: { "graph.yaml": VALID }, extra: (dir) => symlinkSync(dir, join(dir, "again")), file: "seeds/again", line: 1, message: /loop/ },
  { name: "an upper-case .YAML file is read, not skipped", files: { "graph.yaml": VALID, "MORE.YAML": "sources: 3\n" }, file: "seeds/MORE.YAML", line: 1, message: /"sources" must be a list/ },
  { name: "a dangling reference", files: { "graph.yaml": VALID.replace("object: org/alpha", "object: org/alpah") }, file: "seeds/graph.yaml", line: 16, message: /did you mean "org\/alpha"/ },
];

describe("broken seed files", () => {
  for (const testCase of CASES) {
    it(`refuses ${testCase.name} at its file and position`, () => {
      const problems = problemsOf(testCase.files, testCase.extra);
      const problem = problems.find((item) => testCase.message.test(item.message));
      expect(problem, JSON.stringify(problems)).toBeDefined();
      expect(problem!.file).toBe(testCase.file);
      expect(problem!.line).toBe(testCase.line);
      if (testCase.column !== undefined) expect(problem!.column).toBe(testCase.column);
    });
  }

  it("accepts the valid fixture (the cases above differ from it by one mistake)", () => {
    expect(problemsOf({ "graph.yaml": VALID })).toEqual([]);
  });
});
