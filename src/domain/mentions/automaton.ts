/**
 * An Aho–Corasick automaton: finds every occurrence of every word of a dictionary in a text in one
 * left-to-right pass, whatever the size of the dictionary. Works on UTF-16 code units, so the caller
 * decides what the units mean (here: folded text).
 *
 * Nodes are trie prefixes, numbered from 0 (the root). Per node: its children, its depth (the length
 * of its prefix), its failure link (the longest proper suffix of its prefix that is also a prefix in
 * the trie) and its output link (the longest proper suffix that is a whole dictionary word), so that
 * listing the words ending at a position costs one step per word, not one per failure link.
 */

const ROOT = 0;
const NONE = -1;

/** Counts the work of a search, so tests can check it is linear without timing anything. */
export interface AutomatonStats {
  /** Transitions taken plus failure links followed. */
  steps: number;
  /** Dictionary words reported. */
  outputs: number;
}

export class Automaton<Payload> {
  private readonly children: Array<Map<number, number>> = [new Map()];
  private readonly depth: number[] = [0];
  private readonly failure: number[] = [ROOT];
  private readonly outputLink: number[] = [NONE];
  private readonly payload: Array<Payload | undefined> = [undefined];
  private built = false;

  /** Number of trie nodes: at most the total length of the words added, plus one. */
  get size(): number {
    return this.depth.length;
  }

  /**
   * Adds a word and returns its payload: a new one made by `create`, or the one it already had, for
   * the caller to merge into (several entities sharing a name).
   */
  add(word: string, create: () => Payload): Payload {
    if (this.built) throw new Error("Automaton: add() after build()");
    let node = ROOT;
    for (let i = 0; i < word.length; i++) node = this.childOrNew(node, word.charCodeAt(i));
    this.payload[node] ??= create();
    return this.payload[node]!;
  }

  /** Computes failure and output links, breadth first: O(total length of the words). */
  build(): this {
    const queue: number[] = [];
    for (const child of this.children[ROOT].values()) queue.push(child); // failure = root, already set
    for (let i = 0; i < queue.length; i++) {
      const node = queue[i];
      for (const [unit, child] of this.children[node]) {
        const fail = this.next(this.failure[node], unit);
        this.failure[child] = fail;
        this.outputLink[child] = this.payload[fail] !== undefined ? fail : this.outputLink[fail];
        queue.push(child);
      }
    }
    this.built = true;
    return this;
  }

  /**
   * Runs over `text` and, after each unit i, calls `onEnd(i, node)` — the caller decides there whether
   * words ending at i are worth listing (with `wordsEndingAt`). O(text length): every unit takes one
   * transition, and failure links followed never outnumber transitions taken.
   */
  scan(text: string, onEnd: (index: number, node: number) => void, stats?: AutomatonStats): void {
    if (!this.built) throw new Error("Automaton: scan() before build()");
    let node = ROOT;
    for (let i = 0; i < text.length; i++) {
      const unit = text.charCodeAt(i);
      let next = this.children[node].get(unit);
      while (next === undefined && node !== ROOT) {
        node = this.failure[node];
        next = this.children[node].get(unit);
        if (stats) stats.steps++;
      }
      node = next ?? ROOT;
      if (stats) stats.steps++;
      onEnd(i, node);
    }
  }

  /** Calls `onWord(length, payload)` for every word that is a suffix of `node`'s prefix, longest first. */
  wordsEndingAt(node: number, onWord: (length: number, payload: Payload) => void, stats?: AutomatonStats): void {
    for (let word = this.payload[node] !== undefined ? node : this.outputLink[node]; word !== NONE; word = this.outputLink[word]) {
      if (stats) stats.outputs++;
      onWord(this.depth[word], this.payload[word]!);
    }
  }

  private childOrNew(node: number, unit: number): number {
    const existing = this.children[node].get(unit);
    if (existing !== undefined) return existing;
    const child = this.depth.length;
    this.children.push(new Map());
    this.depth.push(this.depth[node] + 1);
    this.failure.push(ROOT);
    this.outputLink.push(NONE);
    this.payload.push(undefined);
    this.children[node].set(unit, child);
    return child;
  }

  /** The goto function with failure links, used while building: where `unit` leads from `node`. */
  private next(node: number, unit: number): number {
    for (;;) {
      const child = this.children[node].get(unit);
      if (child !== undefined) return child;
      if (node === ROOT) return ROOT;
      node = this.failure[node];
    }
  }
}
