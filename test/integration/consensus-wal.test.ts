/** The consensus write-ahead log's framing and the double-sign guard, on real files in a temp dir. */
import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConsensusError } from '../../src/consensus/errors.js';
import { RecordLog } from '../../src/consensus/record-log.js';
import { FileSignState, SignGuard } from '../../src/consensus/sign-guard.js';
import { SignStep } from '../../src/consensus/types.js';
import { utf8 } from '../../src/crypto/bytes.js';
import { keyPairFromSeed, sign, verify } from '../../src/crypto/ed25519.js';
import { sha256 } from '../../src/crypto/hash.js';
import { tempDir } from '../support/tmp.js';

const text = (records: Uint8Array[]) => records.map((r) => Buffer.from(r).toString());
const codeOf = (f: () => unknown) => {
  try {
    f();
  } catch (err) {
    return err instanceof ConsensusError ? err.code : String(err);
  }
  return undefined;
};

/** Opens the log with its records read back, as the engine reads them (one at a time). */
function open(path: string): { log: RecordLog; records: Uint8Array[]; truncated: number } {
  const { log, truncated } = RecordLog.open(path);
  return { log, records: [...log.records()], truncated };
}

/** Opens the log only to read it, and closes it again. */
function reopen(path: string): { records: Uint8Array[]; truncated: number } {
  const { log, records, truncated } = open(path);
  log.close();
  return { records, truncated };
}

function logWith(...payloads: string[]): string {
  const path = join(tempDir(), 'wal');
  const { log } = RecordLog.open(path);
  for (const p of payloads) log.append(utf8(p), true);
  log.close();
  return path;
}

describe('RecordLog', () => {
  it('reads back what it appended, across reopenings', () => {
    const path = logWith('one', 'two');
    const opened = open(path);
    expect(text(opened.records)).toEqual(['one', 'two']);
    expect(opened.log.bytes).toBe(2 * 8 + 6);
    expect(opened.truncated).toBe(0);
    opened.log.append(utf8('three'), false);
    opened.log.close();
    expect(text(reopen(path).records)).toEqual(['one', 'two', 'three']);
  });

  it('cuts off a last record torn at any byte, and appends cleanly after it', () => {
    const full = readFileSync(logWith('one', 'a longer second record'));
    const firstEnd = 8 + 3;
    for (let cut = firstEnd + 1; cut < full.length; cut++) {
      const path = join(tempDir(), 'wal');
      writeFileSync(path, full.subarray(0, cut));
      const opened = open(path);
      expect(text(opened.records), `cut at ${cut}`).toEqual(['one']);
      expect(opened.truncated).toBe(cut - firstEnd);
      opened.log.append(utf8('after'), true);
      opened.log.close();
      expect(text(reopen(path).records)).toEqual(['one', 'after']);
    }
  });

  it('cuts off a complete last record whose payload never reached the disk, and a zero-filled tail', () => {
    const path = logWith('one', 'two');
    const bytes = readFileSync(path);
    bytes[bytes.length - 1] = bytes[bytes.length - 1]! ^ 0xff; // payload of the last record damaged
    writeFileSync(path, bytes);
    expect(text(reopen(path).records)).toEqual(['one']);

    const zeros = logWith('one');
    appendFileSync(zeros, new Uint8Array(4096));
    const opened = reopen(zeros);
    expect(text(opened.records)).toEqual(['one']);
    expect(opened.truncated).toBe(4096);
  });

  it('refuses to open when a record before the last is damaged: synced data would be lost', () => {
    const path = logWith('one', 'two', 'three');
    const bytes = readFileSync(path);
    bytes[8 + 1] = bytes[8 + 1]! ^ 0x01; // inside the payload of the first record
    writeFileSync(path, bytes);
    expect(codeOf(() => RecordLog.open(path))).toBe('WAL_CORRUPT');
    // A garbage length is corruption too, not a torn write.
    const garbage = logWith('one', 'two');
    const g = readFileSync(garbage);
    g.writeUInt32BE(0xfffffff0, 0);
    writeFileSync(garbage, g);
    expect(codeOf(() => RecordLog.open(garbage))).toBe('WAL_CORRUPT');
  });

  it('starts empty on a new path, and empties on reset', () => {
    const path = join(tempDir(), 'wal');
    const opened = open(path);
    expect(opened.records).toEqual([]);
    opened.log.append(utf8('x'), true);
    opened.log.reset();
    expect(opened.log.bytes).toBe(0);
    opened.log.close();
    expect(reopen(path).records).toEqual([]);
  });
});

describe('SignGuard', () => {
  const seed = sha256(utf8('guard test'));
  const key = keyPairFromSeed(seed);
  const guardAt = (path: string) => SignGuard.open(new FileSignState(path), (message) => sign(seed, message));

  it('signs steps in order, and gives the same signature for the same bytes again', () => {
    const guard = guardAt(join(tempDir(), 'sign_state.json'));
    const a = guard.sign(1n, 0, SignStep.PREVOTE, utf8('prevote 1/0'));
    expect(verify(key.publicKey, utf8('prevote 1/0'), a)).toBe(true);
    guard.sign(1n, 0, SignStep.PRECOMMIT, utf8('precommit 1/0'));
    expect(guard.sign(1n, 0, SignStep.PRECOMMIT, utf8('precommit 1/0'))).toEqual(guard.last!.signature);
    guard.sign(1n, 1, SignStep.PROPOSAL, utf8('proposal 1/1'));
    guard.sign(2n, 0, SignStep.PREVOTE, utf8('prevote 2/0'));
  });

  it('refuses different bytes at a signed step and any earlier step, also after a restart', () => {
    const path = join(tempDir(), 'sign_state.json');
    const guard = guardAt(path);
    guard.sign(5n, 2, SignStep.PREVOTE, utf8('prevote for A'));
    expect(codeOf(() => guard.sign(5n, 2, SignStep.PREVOTE, utf8('prevote for B')))).toBe('DOUBLE_SIGN');
    expect(codeOf(() => guard.sign(5n, 1, SignStep.PRECOMMIT, utf8('older round')))).toBe('DOUBLE_SIGN');
    expect(codeOf(() => guard.sign(4n, 9, SignStep.PRECOMMIT, utf8('older height')))).toBe('DOUBLE_SIGN');

    const restarted = guardAt(path);
    expect(restarted.last).toMatchObject({ height: 5n, round: 2, step: SignStep.PREVOTE });
    expect(codeOf(() => restarted.sign(5n, 2, SignStep.PREVOTE, utf8('prevote for B')))).toBe('DOUBLE_SIGN');
    expect(restarted.sign(5n, 2, SignStep.PREVOTE, utf8('prevote for A'))).toEqual(guard.last!.signature);
  });

  it('will not start from an unreadable sign state', () => {
    const path = join(tempDir(), 'sign_state.json');
    writeFileSync(path, '{"height": "5", "round": 1');
    expect(codeOf(() => guardAt(path))).toBe('SIGN_STATE_CORRUPT');
    writeFileSync(path, JSON.stringify({ height: '5', round: 1, step: 7, sign_bytes: '0x00', signature: '0x00' }));
    expect(codeOf(() => guardAt(path))).toBe('SIGN_STATE_CORRUPT');
  });
});

describe('RecordLog at size', () => {
  it('reads back a 64 MiB log record by record, as a restart after a long height would', () => {
    const path = join(tempDir(), 'wal');
    const { log } = RecordLog.open(path);
    const record = new Uint8Array(1 << 20).fill(7);
    for (let i = 0; i < 64; i++) log.append(record, false);
    log.close();
    const reopened = RecordLog.open(path);
    let count = 0;
    for (const r of reopened.log.records()) if (r.length === record.length && r[r.length - 1] === 7) count++;
    reopened.log.close();
    expect(count).toBe(64);
  });
});
