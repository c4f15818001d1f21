/** Fills a buffer with random 32-bit words (crypto.getRandomValues in production). */
export type FillRandom = (words: Uint32Array<ArrayBuffer>) => void;

const TWO_32 = 2 ** 32;

/**
 * Uniform random indices in [0, n) from random 32-bit words, by rejection sampling: a word at or above
 * the largest multiple of n below 2^32 is thrown away instead of folded with `% n`, which would make the
 * first (2^32 mod n) indices slightly likelier. For n = 62 that throws away 4 words in 2^32.
 */
export class UniformIndex {
  readonly #n: number;
  readonly #limit: number;
  readonly #fill: FillRandom;
  readonly #words: Uint32Array<ArrayBuffer>;
  #next: number;

  /** `words` is the caller's scratch buffer: refilled as needed, zeroed by `wipe()`. */
  constructor(n: number, fill: FillRandom, words: Uint32Array<ArrayBuffer>) {
    if (!Number.isInteger(n) || n < 1 || n > TWO_32)
      throw new RangeError(`UniformIndex: n must be 1 to 2^32, got ${n}`);
    this.#n = n;
    this.#limit = TWO_32 - (TWO_32 % n);
    this.#fill = fill;
    this.#words = words;
    this.#next = words.length;
  }

  next(): number {
    for (;;) {
      if (this.#next === this.#words.length) {
        this.#fill(this.#words);
        this.#next = 0;
      }
      const word = this.#words[this.#next++] as number;
      if (word < this.#limit) return word % this.#n;
    }
  }

  /** Overwrites the unused random words, so they do not outlive the password they were drawn for. */
  wipe(): void {
    this.#words.fill(0);
    this.#next = this.#words.length;
  }
}
