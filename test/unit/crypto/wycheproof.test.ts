import { createPublicKey, verify as opensslVerify } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { L, bytes, littleEndian } from '../../support/curve.js';
import { SIGNATURE_BYTES, isValidPublicKey, verify } from '../../../src/crypto/ed25519.js';

/**
 * Project Wycheproof's Ed25519 verification vectors (test/vectors/wycheproof/README.md) through
 * this chain's verify(), case by case: the outcome under this chain's rules (docs/protocol.md §3),
 * the check of verify() that decides it, and whether it agrees with Wycheproof's `result`.
 */

interface WycheproofTest {
  tcId: number;
  comment: string;
  flags: string[];
  msg: string;
  sig: string;
  result: string;
}

interface WycheproofGroup {
  type: string;
  publicKey: { type: string; curve: string; keySize: number; pk: string };
  publicKeyDer: string;
  tests: WycheproofTest[];
}

interface WycheproofFile {
  algorithm: string;
  numberOfTests: number;
  notes: Record<string, unknown>;
  testGroups: WycheproofGroup[];
}

const file: WycheproofFile = JSON.parse(
  readFileSync(new URL('../../vectors/wycheproof/ed25519_test.json', import.meta.url), 'utf8'),
);


interface Case {
  tcId: number;
  flag: string;
  comment: string;
  publicKey: Uint8Array;
  publicKeyDer: Uint8Array;
  message: Uint8Array;
  signature: Uint8Array;
  wycheproof: string;
}

const cases: Case[] = file.testGroups.flatMap((group) =>
  group.tests.map((t) => ({
    tcId: t.tcId,
    flag: t.flags.join(','),
    comment: t.comment,
    publicKey: bytes(group.publicKey.pk),
    publicKeyDer: bytes(group.publicKeyDer),
    message: bytes(t.msg),
    signature: bytes(t.sig),
    wycheproof: t.result,
  })),
);

/** The layers of verify(), in its order; a case is named by the first that rejects it. */
type Check = 'accept' | 'length' | 'sRange' | 'key' | 'equation';

const CHECK_NAME: Record<Check, string> = {
  accept: 'accepted',
  length: 'rejected: signature not 64 bytes',
  sRange: 'rejected: S ≥ L (non-canonical S)',
  key: 'rejected: key not acceptable (isValidPublicKey false)',
  equation: 'rejected: OpenSSL’s verification equation',
};

/** OpenSSL alone, under Wycheproof's own SPKI encoding of the key (not the one in ed25519.ts). */
function opensslAlone(c: Case): boolean {
  try {
    const key = createPublicKey({ key: Buffer.from(c.publicKeyDer), format: 'der', type: 'spki' });
    return opensslVerify(null, c.message, key, c.signature);
  } catch {
    return false;
  }
}

/** Mirrors verify()'s pre-checks from the bytes, then asks OpenSSL for the equation. */
function classify(c: Case): Check {
  if (c.signature.length !== SIGNATURE_BYTES) return 'length';
  if (littleEndian(c.signature.subarray(32)) >= L) return 'sRange';
  if (!isValidPublicKey(c.publicKey)) return 'key';
  return opensslAlone(c) ? 'accept' : 'equation';
}

/** Expected check per tcId (ranges inclusive); every tcId 1–151 in exactly one row. */
const EXPECTED: Record<Check, string> = {
  accept: '1-9, 71-84, 86-150',
  length: '30-41',
  sRange: '13-14, 18-19, 23-24, 28-29, 63-70, 85',
  key: '',
  equation: '10-12, 15-17, 20-22, 25-27, 42-62, 151',
};

/** Expected checks per Wycheproof flag: the table of docs/protocol.md §3. */
const BY_FLAG: Record<string, Partial<Record<Check, number>>> = {
  Valid: { accept: 18 },
  Ktv: { accept: 38 },
  TinkOverflow: { accept: 32 },
  InvalidSignature: { sRange: 8, equation: 12 },
  SignatureMalleability: { sRange: 8 },
  InvalidKtv: { sRange: 1 },
  TruncatedSignature: { length: 3 },
  SignatureWithGarbage: { length: 5 },
  CompressedSignature: { length: 4 },
  InvalidEncoding: { equation: 22 },
};

/**
 * tcId → why this chain's outcome differs from Wycheproof's `result`. Empty: on all 151 cases
 * this chain accepts exactly the `valid` ones and rejects exactly the `invalid` ones.
 */
const DIFFERENCES: ReadonlyMap<number, string> = new Map();

function ids(ranges: string): number[] {
  if (ranges === '') return [];
  return ranges.split(',').flatMap((range) => {
    const [from, to = from] = range.trim().split('-').map(Number);
    return Array.from({ length: to! - from! + 1 }, (_, i) => from! + i);
  });
}

const expectedCheck = new Map<number, Check>();
for (const [check, ranges] of Object.entries(EXPECTED) as [Check, string][]) {
  for (const id of ids(ranges)) expectedCheck.set(id, check);
}

/** A comment cut to its first sentence or 60 characters, for test titles. */
function short(comment: string): string {
  const sentence = comment.split('. ')[0]!;
  return sentence.length <= 60 ? sentence : sentence.slice(0, sentence.lastIndexOf(' ', 59)) + '…';
}

function tally(entries: string[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const e of entries) out[e] = (out[e] ?? 0) + 1;
  return out;
}

describe('Wycheproof ed25519_test.json', () => {
  it('has 151 cases, tcIds 1–151, one flag each, over the ten documented flags', () => {
    expect(file.algorithm).toBe('EDDSA');
    expect(file.numberOfTests).toBe(151);
    expect(cases).toHaveLength(151);
    expect(cases.map((c) => c.tcId)).toEqual(Array.from({ length: 151 }, (_, i) => i + 1));
    expect(file.testGroups.every((g) => g.type === 'EddsaVerify' && g.publicKey.curve === 'edwards25519')).toBe(true);
    expect(file.testGroups.flatMap((g) => g.tests).every((t) => t.flags.length === 1)).toBe(true);
    expect(Object.keys(file.notes).sort()).toEqual(Object.keys(BY_FLAG).sort());
    expect(tally(cases.map((c) => c.wycheproof))).toEqual({ valid: 88, invalid: 63 });
  });

  it('the expected-check table names every tcId exactly once', () => {
    const listed = Object.values(EXPECTED).flatMap(ids);
    expect(listed).toHaveLength(151);
    expect([...listed].sort((a, b) => a - b)).toEqual(cases.map((c) => c.tcId));
  });

  it('counts by flag and deciding check', () => {
    const byFlag: Record<string, Partial<Record<Check, number>>> = {};
    for (const c of cases) {
      const row = (byFlag[c.flag] ??= {});
      const check = classify(c);
      row[check] = (row[check] ?? 0) + 1;
    }
    expect(byFlag).toEqual(BY_FLAG);
    expect(tally(cases.map(classify))).toEqual({ accept: 88, length: 12, sRange: 17, equation: 34 });
  });

  it('no case has a key this chain refuses: every one of the 78 groups’ keys passes isValidPublicKey', () => {
    expect(file.testGroups).toHaveLength(78);
    expect(file.testGroups.filter((g) => !isValidPublicKey(bytes(g.publicKey.pk)))).toEqual([]);
  });

  it('agrees with Wycheproof’s result on all 151 cases (DIFFERENCES is empty)', () => {
    const disagreeing = cases.filter((c) => verify(c.publicKey, c.message, c.signature) !== (c.wycheproof === 'valid'));
    expect(disagreeing.map((c) => c.tcId)).toEqual([...DIFFERENCES.keys()]);
    expect(DIFFERENCES.size).toBe(0);
  });

  // Pins the bundled OpenSSL (3.0 in Node 20): on this file it alone reaches the same 151 outcomes,
  // so here the pre-checks only decide which layer rejects. What it alone gets wrong (small-order
  // keys) is not in Wycheproof's file; ed25519.test.ts covers it.
  it('(control) OpenSSL without the pre-checks gives the same outcome on every case', () => {
    expect(cases.filter((c) => opensslAlone(c) !== verify(c.publicKey, c.message, c.signature)).map((c) => c.tcId)).toEqual(
      [],
    );
  });

  for (const flag of Object.keys(BY_FLAG)) {
    describe(flag, () => {
      for (const c of cases.filter((x) => x.flag === flag)) {
        const check = expectedCheck.get(c.tcId)!;
        const difference = DIFFERENCES.get(c.tcId);
        const title = `tcId ${c.tcId}${c.comment === '' ? '' : ` (${short(c.comment)})`}: ${CHECK_NAME[check]}`;
        it(difference === undefined ? title : `${title}; differs from Wycheproof: ${difference}`, () => {
          expect(classify(c)).toBe(check);
          expect(verify(c.publicKey, c.message, c.signature)).toBe(check === 'accept');
          const agreeing = check === 'accept' ? 'valid' : 'invalid';
          const differing = check === 'accept' ? 'invalid' : 'valid';
          expect(c.wycheproof).toBe(difference === undefined ? agreeing : differing);
        });
      }
    });
  }
});
