/**
 * Commits (docs/protocol.md §4): the precommit signatures that carry a block
 * into the next one as `last_commit`. A commit is valid when signatures of
 * validators holding more than 2/3 of the voting power verify over the
 * precommit for that block.
 */
import { voteSignBytes } from '../codec/hashes.js';
import { VoteType, type Commit, type Validator, type Vote } from '../codec/types.js';
import { bytesEqual, bytesKey } from '../crypto/bytes.js';
import { sign, verify } from '../crypto/ed25519.js';

export function precommit(chainId: string, height: bigint, round: number, blockHash: Uint8Array): Vote {
  return { chainId, height, round, type: VoteType.PRECOMMIT, blockHash };
}

/** A 1-of-n commit signed by one validator's consensus key (the single-validator chain). */
export function signCommit(chainId: string, height: bigint, blockHash: Uint8Array, key: { seed: Uint8Array; publicKey: Uint8Array }): Commit {
  const signature = sign(key.seed, voteSignBytes(precommit(chainId, height, 0, blockHash)));
  return { height, round: 0, blockHash, signatures: [{ validator: key.publicKey, signature }] };
}

/** Returns why the commit does not commit `blockHash` at `height`, or undefined if it does. */
export function commitProblem(
  chainId: string,
  commit: Commit,
  height: bigint,
  blockHash: Uint8Array,
  validators: readonly Validator[],
): string | undefined {
  if (commit.height !== height) return `commit is for height ${commit.height}, expected ${height}`;
  if (!bytesEqual(commit.blockHash, blockHash)) return 'commit is for another block';
  const byKey = new Map(validators.map((v) => [bytesKey(v.consensusKey), v]));
  const total = validators.reduce((n, v) => n + v.power, 0n);
  const seen = new Set<string>();
  let signed = 0n;
  const signBytes = voteSignBytes(precommit(chainId, height, commit.round, blockHash));
  for (const s of commit.signatures) {
    const k = bytesKey(s.validator);
    const validator = byKey.get(k);
    if (validator === undefined) return 'commit signed by a key outside the validator set';
    if (seen.has(k)) return 'commit lists a validator twice';
    seen.add(k);
    if (!verify(s.validator, signBytes, s.signature)) return 'commit signature does not verify';
    signed += validator.power;
  }
  return signed * 3n > total * 2n ? undefined : `commit has ${signed} of ${total} voting power, needs more than 2/3`;
}
