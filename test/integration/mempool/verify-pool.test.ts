/** VerifyPool on real worker threads gives the same answers as verify() on the main thread. */
import { afterEach, describe, expect, it } from 'vitest';
import { utf8 } from '../../../src/crypto/bytes.js';
import { sign, verify } from '../../../src/crypto/ed25519.js';
import { sha256 } from '../../../src/crypto/hash.js';
import { VerifyPool } from '../../../src/mempool/verify-pool.js';
import { testKey } from '../../support/chain.js';

const pools: VerifyPool[] = [];
afterEach(async () => {
  for (const p of pools.splice(0)) await p.close();
});

describe('VerifyPool', () => {
  it('verifies jobs queued together in one batch, each with its own answer', async () => {
    const pool = new VerifyPool(2);
    pools.push(pool);
    const keys = ['a', 'b', 'c'].map(testKey);
    const jobs = Array.from({ length: 300 }, (_, i) => {
      const key = keys[i % 3]!;
      const message = sha256(utf8(`message ${i}`));
      const signature = sign(key.seed, message);
      if (i % 7 === 0) signature[5]! ^= 1; // every 7th is forged
      return { publicKey: key.publicKey, message, signature };
    });
    const answers = await Promise.all(jobs.map((j) => pool.verify(j.publicKey, j.message, j.signature)));
    expect(answers).toEqual(jobs.map((j) => verify(j.publicKey, j.message, j.signature)));
    expect(answers.filter((ok) => !ok)).toHaveLength(Math.ceil(300 / 7));
  });

  it('answers false for a small-order key, as verify() does', async () => {
    const pool = new VerifyPool(1);
    pools.push(pool);
    const smallOrder = new Uint8Array(32);
    smallOrder[0] = 1;
    expect(await pool.verify(smallOrder, new Uint8Array(1), new Uint8Array(64))).toBe(false);
  });

  it('answers false for jobs still queued when it closes: nothing passes unchecked', async () => {
    const pool = new VerifyPool(1);
    const key = testKey('a');
    const message = utf8('m');
    const pending = pool.verify(key.publicKey, message, sign(key.seed, message));
    await pool.close();
    expect(await pending).toBe(false);
  });
});
