/**
 * Peers' messages of a height the machine has not entered yet — the next
 * one, or the current one while the engine waits out the block time — kept
 * until it does. Bounded per signer (docs/consensus.md "Bounds"): at most
 * VOTES_PER_SIGNER votes and one proposal, whatever they are for, so one
 * validator can make a node hold only a few messages ahead of time; what a
 * full buffer drops, the sender's re-sending brings again once the node is
 * there. Vote quorums are not kept: they are re-sent too.
 */
import { bytesKey } from '../crypto/bytes.js';
import type { ConsensusMessage } from '../codec/types.js';
import { heightOfMessage } from './wire.js';

export const VOTES_PER_SIGNER = 4;
export const PROPOSALS_PER_SIGNER = 1;

interface Kept {
  key: string;
  height: bigint;
  message: ConsensusMessage;
  bytes: number;
}

/** A message's identity: what it is for, not who relayed it. */
function keyOf(m: ConsensusMessage): string {
  if (m.message === 'proposal') {
    const p = m.proposal.proposal!;
    return `p/${p.height}/${p.round}/${bytesKey(p.blockHash)}`;
  }
  if (m.message === 'vote') {
    const v = m.vote.vote!;
    return `v/${v.height}/${v.round}/${v.type}/${bytesKey(v.blockHash)}`;
  }
  throw new RangeError('vote quorums are not buffered');
}

export class MessageBuffer {
  private readonly bySigner = new Map<string, Kept[]>();
  /** Messages and their bytes (as received) held now. */
  count = 0;
  bytes = 0;

  /** Whether `message` of `signer` would be kept: new, and within the signer's bounds. */
  wouldKeep(signer: Uint8Array, message: ConsensusMessage): boolean {
    const kept = this.bySigner.get(bytesKey(signer)) ?? [];
    const key = keyOf(message);
    if (kept.some((k) => k.key === key)) return false;
    const same = kept.filter((k) => k.message.message === message.message).length;
    return same < (message.message === 'proposal' ? PROPOSALS_PER_SIGNER : VOTES_PER_SIGNER);
  }

  /** Keeps a signature-checked message (call wouldKeep first). */
  keep(signer: Uint8Array, message: ConsensusMessage, bytes: number): void {
    const who = bytesKey(signer);
    const kept = this.bySigner.get(who) ?? [];
    kept.push({ key: keyOf(message), height: heightOfMessage(message)!, message, bytes });
    this.bySigner.set(who, kept);
    this.count++;
    this.bytes += bytes;
  }

  /** Removes and returns the messages of `height`, in the order they came per signer, and drops those below it. */
  take(height: bigint): ConsensusMessage[] {
    const out: ConsensusMessage[] = [];
    for (const [who, kept] of this.bySigner) {
      const rest = kept.filter((k) => {
        if (k.height === height) out.push(k.message);
        if (k.height > height) return true;
        this.count--;
        this.bytes -= k.bytes;
        return false;
      });
      if (rest.length === 0) this.bySigner.delete(who);
      else this.bySigner.set(who, rest);
    }
    return out;
  }
}
