/**
 * Seeded synthetic text for the sketch tests and the sketch benchmark:
 * reproducible from a seed (no Math.random, no clock), never part of a
 * consensus rule.
 *
 * Words are drawn with a Zipf-like law (P(rank r) ≈ 1/(15·r), so the most
 * common word is ≈ 7 % of the text, like "the" in English) from a vocabulary
 * of 32 767 pseudo-words, in sentences of 4–22 words with capitals, commas,
 * full stops and paragraph breaks, so tokenisation and normalisation see
 * what real prose gives them.
 */

/** mulberry32: a small seeded uint32 generator; the same seed gives the same sequence everywhere. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return (t ^ (t >>> 14)) >>> 0;
  };
}

const SYLLABLES = ['ka', 'lo', 'mi', 'ne', 'ru', 'sa', 'ti', 'vo', 'xe', 'zu', 'bra', 'dne', 'gho', 'pli', 'stu', 'wen', 'ar', 'el', 'is', 'om', 'ux', 'qua', 'fy', 'jo'];
const RANK_BUCKETS = 15;
export const VOCABULARY_SIZE = (1 << RANK_BUCKETS) - 1;

/** The pseudo-word of rank `rank` (0-based): frequent words are short. */
export function vocabularyWord(rank: number): string {
  let word = '';
  for (let n = rank + 1; n > 0; n = Math.floor(n / SYLLABLES.length)) word += SYLLABLES[n % SYLLABLES.length];
  return word;
}

/** A rank with P ≈ 1/(15·rank): a uniform bucket b, then uniform in [2^b − 1, 2^(b+1) − 1). */
export function zipfRank(random: () => number): number {
  const bucket = random() % RANK_BUCKETS;
  return (1 << bucket) - 1 + (random() % (1 << bucket));
}

/** About `words` words of prose (whole sentences, so a few more). */
export function syntheticText(random: () => number, words: number): string {
  const sentences: string[] = [];
  for (let written = 0; written < words; ) {
    const length = 4 + (random() % 19);
    const sentence: string[] = [];
    for (let i = 0; i < length; i++) {
      let word = vocabularyWord(zipfRank(random));
      if (i === 0 || random() % 29 === 0) word = word[0]!.toUpperCase() + word.slice(1);
      if (i < length - 1 && random() % 9 === 0) word += ',';
      sentence.push(word);
    }
    written += length;
    sentences.push(sentence.join(' ') + (random() % 7 === 0 ? '.\n\n' : '. '));
  }
  return sentences.join('');
}

/** A ~`words`-word synthetic document from a seed. */
export function syntheticDocument(seed: number, words = 2_000): string {
  return syntheticText(seededRandom(seed), words);
}

/** `text` with `edits` of its space-separated words replaced by new ones (seeded). */
export function withEdits(text: string, edits: number, seed: number): string {
  const words = text.split(' ');
  const random = seededRandom(seed);
  for (let i = 0; i < edits; i++) words[random() % words.length] = `edit${seed}x${i}`;
  return words.join(' ');
}
