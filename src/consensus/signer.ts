/**
 * The node's own signatures: every proposal and vote it signs goes through
 * the double-sign guard, then into the write-ahead log with a sync, and only
 * then is it handed out to be sent (docs/consensus.md "Write-ahead log and
 * the double-sign guard"). What it signed at the current height is
 * remembered — from the WAL after a restart — so a replayed step re-sends
 * the same message instead of signing another, and the engine can re-send
 * its own messages of the round.
 */
import { walRecordCodec } from '../codec/codecs.js';
import type { ConsensusMessage } from '../codec/types.js';
import { bytesEqual } from '../crypto/bytes.js';
import type { Logger } from '../node/log.js';
import { ConsensusError } from './errors.js';
import type { WalStore } from './record-log.js';
import type { SignGuard } from './sign-guard.js';
import { signedStepOf } from './wire.js';

interface Signed {
  signBytes: Uint8Array;
  message: ConsensusMessage;
}

const stepKey = (height: bigint, round: number, step: number): string => `${height}/${round}/${step}`;

export class ConsensusSigner {
  /** What was signed at the current height, by (height, round, step): at most 3 per round. */
  private signed = new Map<string, Signed>();

  constructor(
    private readonly guard: SignGuard,
    private readonly wal: WalStore,
    private readonly log: Logger,
  ) {}

  /** A message of this node found in the WAL: it was signed (and perhaps sent) before a restart. */
  remember(message: ConsensusMessage): void {
    const s = signedStepOf(message);
    this.signed.set(stepKey(s.height, s.round, s.step), { signBytes: s.signBytes, message });
  }

  /** Forgets what was signed below `height` (a new height started). */
  forgetBelow(height: bigint): void {
    for (const [key, s] of this.signed) if (signedStepOf(s.message).height < height) this.signed.delete(key);
  }

  /** What this node signed at (height, round, step), if anything. */
  signedAt(height: bigint, round: number, step: number): ConsensusMessage | undefined {
    return this.signed.get(stepKey(height, round, step))?.message;
  }

  /** Its own messages of (height, round), to re-send. */
  ownMessages(height: bigint, round: number): ConsensusMessage[] {
    return [1, 2, 3].map((step) => this.signedAt(height, round, step)).filter((m) => m !== undefined);
  }

  /**
   * The signed message for (height, round, step): what was signed there
   * before when the bytes are the same; nothing (logged) when they differ or
   * the guard refuses, which only a bug or a lost WAL could cause;
   * otherwise a new signature, durable in the guard and the WAL before it
   * is returned. Throws what the guard's or the WAL's IO throws; calling it
   * again after such an error is safe (the guard returns the same signature).
   */
  sign(height: bigint, round: number, step: number, signBytes: Uint8Array, message: (signature: Uint8Array) => ConsensusMessage): ConsensusMessage | undefined {
    const key = stepKey(height, round, step);
    const before = this.signed.get(key);
    if (before !== undefined) {
      if (bytesEqual(before.signBytes, signBytes)) return before.message;
      this.log.error('refusing to sign a conflicting message', { height, round, step });
      return undefined;
    }
    let signature: Uint8Array;
    try {
      signature = this.guard.sign(height, round, step, signBytes);
    } catch (err) {
      if (!(err instanceof ConsensusError)) throw err;
      this.log.error('the double-sign guard refused to sign', { height, round, step, error: err });
      return undefined;
    }
    const signed = message(signature);
    this.wal.append(walRecordCodec.encode({ record: 'message', message: signed }), true);
    this.signed.set(key, { signBytes, message: signed });
    return signed;
  }
}
