/**
 * A curator's check of a file against what a contribution committed to
 * (`attrib query contribution ID --file PATH [--salt HEX]`). The chain cannot
 * see data, so sketches are claims (docs/attribution.md §1): the curator, who
 * holds the data, recomputes the content hash and the sketch and compares.
 * A matching hash with a different sketch means the contributor forged its
 * sketch (to dodge duplicate detection or to attract matches): reject it.
 */
import { similarity } from '../attribution/sketch.js';
import type { ContributionWithSketch } from '../client/types.js';
import { fromHex, toHex } from '../crypto/bytes.js';
import type { Params } from '../codec/types.js';
import { attributionVersionAt } from '../state/params.js';
import { digestFile } from './tx.js';

export type FileFinding = 'HONEST' | 'NOT_THIS_FILE' | 'FORGED_SKETCH';

export interface FileCheck {
  file: string;
  content_hash: string;
  content_hash_matches: boolean;
  size_matches: boolean;
  /** Equal positions of the file's sketch and the committed one, out of `sketch_k`. */
  sketch_similarity: number;
  sketch_k: number;
  dup_threshold: number;
  finding: FileFinding;
}

const EXPLAINED: Record<FileFinding, string> = {
  HONEST: 'the file is the committed content and the committed sketch is its sketch',
  NOT_THIS_FILE: 'the content hash differs: another file, or a wrong or missing --salt',
  FORGED_SKETCH: 'the content hash matches but the committed sketch is not this file’s: a forged sketch (reject it)',
};

export async function checkFile(c: ContributionWithSketch, path: string, salt: Uint8Array | undefined, params: Params): Promise<FileCheck> {
  const committed = fromHex(c.sketch)!;
  const k = committed.length / 4;
  const d = await digestFile(path, { k, ...(salt === undefined ? {} : { salt }) });
  const hashMatches = toHex(d.hash) === c.content_hash;
  const sizeMatches = String(d.size) === c.size_bytes;
  const sim = similarity(d.sketch!, committed);
  return {
    file: path,
    content_hash: toHex(d.hash),
    content_hash_matches: hashMatches,
    size_matches: sizeMatches,
    sketch_similarity: sim,
    sketch_k: k,
    dup_threshold: attributionVersionAt(params, BigInt(c.height)).dupThreshold,
    finding: !hashMatches || !sizeMatches ? 'NOT_THIS_FILE' : sim === k ? 'HONEST' : 'FORGED_SKETCH',
  };
}

export function fileCheckRows(f: FileCheck): Array<[string, string]> {
  return [
    ['file', f.file],
    ['file hash', `${f.content_hash} (${f.content_hash_matches ? 'matches' : 'differs'})`],
    ['file size', f.size_matches ? 'matches' : 'differs'],
    ['file sketch', `${f.sketch_similarity}/${f.sketch_k} positions equal the committed sketch (duplicate threshold ${f.dup_threshold})`],
    ['finding', `${f.finding}: ${EXPLAINED[f.finding]}`],
  ];
}
