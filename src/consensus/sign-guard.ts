/**
 * The double-sign guard of a validator's consensus key: the last (height,
 * round, step) it signed is saved to disk before a signature leaves it, and
 * it never signs at an earlier (height, round, step), nor different bytes at
 * the same one — also after a crash and restart. Asked again for the exact
 * bytes it signed last, it returns the same signature (a replayed step may
 * re-send its vote). This is CometBFT's privval "last sign state".
 *
 * Where the state lives is a SignStateStore: a file in the node's home
 * (FileSignState), or memory in the consensus simulation.
 */
import { existsSync, fsyncSync, openSync, closeSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { bytesEqual, fromHex, toHex } from '../crypto/bytes.js';
import { ConsensusError } from './errors.js';
import { SignStep } from './types.js';

export interface SignState {
  height: bigint;
  round: number;
  step: number;
  signBytes: Uint8Array;
  signature: Uint8Array;
}

function compareSteps(a: { height: bigint; round: number; step: number }, b: { height: bigint; round: number; step: number }): number {
  if (a.height !== b.height) return a.height < b.height ? -1 : 1;
  return a.round - b.round || a.step - b.step;
}

/** Where the last sign state is kept; `save` returns only once it is durable. */
export interface SignStateStore {
  load(): SignState | undefined;
  save(state: SignState): void;
}

function readState(path: string): SignState | undefined {
  if (!existsSync(path)) return undefined;
  try {
    const json = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
    const signBytes = fromHex(String(json.sign_bytes));
    const signature = fromHex(String(json.signature));
    const state = { height: BigInt(String(json.height)), round: Number(json.round), step: Number(json.step), signBytes, signature };
    if (signBytes === undefined || signature === undefined || !Number.isInteger(state.round) || !Object.values(SignStep).includes(state.step as never)) throw new Error('bad field');
    return state as SignState;
  } catch (err) {
    throw new ConsensusError('SIGN_STATE_CORRUPT', `${path} cannot be read (${(err as Error).message}); it guards against double signing, so the node will not start without it`, { path });
  }
}

/** Replaces `path` atomically and durably: a crash leaves the old state or the new, never a mix. */
function writeDurably(path: string, text: string): void {
  const tmp = `${path}.tmp`;
  writeFileSync(tmp, text, { mode: 0o600 });
  const fd = openSync(tmp, 'r');
  fsyncSync(fd);
  closeSync(fd);
  renameSync(tmp, path);
  const dir = openSync(dirname(path), 'r');
  fsyncSync(dir);
  closeSync(dir);
}

/** The sign state as a JSON file, replaced atomically (docs/consensus.md "Write-ahead log and the double-sign guard"). */
export class FileSignState implements SignStateStore {
  constructor(readonly path: string) {}

  /** Throws SIGN_STATE_CORRUPT for a file it cannot read. */
  load(): SignState | undefined {
    return readState(this.path);
  }

  save(s: SignState): void {
    writeDurably(
      this.path,
      JSON.stringify({ height: s.height.toString(), round: s.round, step: s.step, sign_bytes: toHex(s.signBytes), signature: toHex(s.signature) }, null, 2) + '\n',
    );
  }
}

export class SignGuard {
  private constructor(
    private readonly store: SignStateStore,
    private readonly signWithKey: (message: Uint8Array) => Uint8Array,
    private state: SignState | undefined,
  ) {}

  /** Loads the saved sign state (none yet: a fresh validator); `sign` signs with the consensus key. */
  static open(store: SignStateStore, sign: (message: Uint8Array) => Uint8Array): SignGuard {
    return new SignGuard(store, sign, store.load());
  }

  get last(): SignState | undefined {
    return this.state;
  }

  /** Signs `signBytes` for (height, round, step), or throws DOUBLE_SIGN; an error saving the state leaves nothing signed. */
  sign(height: bigint, round: number, step: number, signBytes: Uint8Array): Uint8Array {
    const last = this.state;
    if (last !== undefined) {
      const order = compareSteps({ height, round, step }, last);
      const at = `height ${height} round ${round} step ${step}`;
      if (order < 0) throw new ConsensusError('DOUBLE_SIGN', `refusing to sign ${at}: already signed height ${last.height} round ${last.round} step ${last.step}`);
      if (order === 0) {
        if (bytesEqual(signBytes, last.signBytes)) return last.signature;
        throw new ConsensusError('DOUBLE_SIGN', `refusing to sign different bytes at ${at}, which is already signed`);
      }
    }
    const next = { height, round, step, signBytes, signature: this.signWithKey(signBytes) };
    this.store.save(next);
    this.state = next;
    return next.signature;
  }
}
