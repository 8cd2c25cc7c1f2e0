/**
 * `send` counts nonces locally per account: back-to-back and concurrent
 * sends get consecutive nonces without waiting for commits, a refused tx
 * hands its nonce back, and BAD_NONCE (another sender used the account)
 * makes it re-read the account and succeed.
 */
import { describe, expect, it } from 'vitest';
import { payloads, send, type SendResult } from '../../../src/client/index.js';
import { aliceWallet, bobWallet, clientError, clientOf, committed, startHarness } from './setup.js';

const pay = (amount: bigint) => payloads.transfer(bobWallet.address, amount);

describe('send: nonce tracking', () => {
  it('sends back to back and concurrently with consecutive nonces', async () => {
    const h = await startHarness();
    const client = clientOf(h);
    const first: SendResult[] = [];
    for (let i = 1n; i <= 3n; i++) first.push(await send(client, aliceWallet, pay(i), { wait: 'mempool' }));
    const concurrent = await Promise.all([4n, 5n, 6n, 7n].map((i) => send(client, aliceWallet, pay(i), { wait: 'mempool' })));
    const last = await send(client, aliceWallet, pay(8n)); // default wait: commit
    const sent = [...first, ...concurrent, last];
    expect(sent.map((s) => s.nonce)).toEqual([0n, 1n, 2n, 3n, 4n, 5n, 6n, 7n]);
    expect(sent.slice(0, -1).every((s) => s.result.status === 'pending' && s.result.hash === s.hash)).toBe(true);
    committed(last);
    for (const s of sent) expect(await client.getTx(s.hash)).toMatchObject({ status: 'committed', ok: true });
    expect((await client.getAccount(aliceWallet.address)).nonce).toBe('8');
  });

  it('hands back the nonce of a refused tx', async () => {
    const h = await startHarness();
    const client = clientOf(h);
    committed(await send(client, aliceWallet, pay(1n)));
    const refused = await clientError(send(client, aliceWallet, pay(2n), { fee: 1n }));
    expect(refused.code).toBe('FEE_TOO_LOW');
    const next = await send(client, aliceWallet, pay(3n));
    expect(next.nonce).toBe(1n);
    committed(next);
  });

  it('re-reads the account after BAD_NONCE and sends with the next free nonce', async () => {
    const h = await startHarness();
    const mine = clientOf(h);
    const other = clientOf(h); // another sender of the same account: its own count
    committed(await send(mine, aliceWallet, pay(1n)));
    const fromOther = [await send(other, aliceWallet, pay(2n)), await send(other, aliceWallet, pay(3n))];
    expect(fromOther.map((s) => s.nonce)).toEqual([1n, 2n]);

    const recovered = await send(mine, aliceWallet, pay(4n)); // the local count says 1: refused BAD_NONCE, then 3
    expect(recovered.nonce).toBe(3n);
    committed(recovered);
    const after = await send(mine, aliceWallet, pay(5n));
    expect(after.nonce).toBe(4n);
    committed(after);
    expect((await mine.getAccount(aliceWallet.address)).nonce).toBe('5');
  });
});
