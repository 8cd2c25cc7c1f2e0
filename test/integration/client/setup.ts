/**
 * SDK tests run against the real node of test/integration/rpc/harness.ts:
 * clients made here are closed after each test (before the harness stops
 * the node), and the funded test keys come as Wallets.
 */
import { afterEach, expect } from 'vitest';
import { AttribClient, ClientError, Wallet, type ClientOptions, type SendResult, type TxCommitted } from '../../../src/client/index.js';
import { alice, bob, type Harness } from '../rpc/harness.js';

export { startHarness, type Harness } from '../rpc/harness.js';

/** Funded at genesis with 1 000 000 000. */
export const aliceWallet = new Wallet(alice.seed);
export const bobWallet = new Wallet(bob.seed);

const clients: AttribClient[] = [];
afterEach(async () => {
  for (const c of clients.splice(0)) await c.close();
});

export function clientOf(h: Harness | string, opts: ClientOptions = {}): AttribClient {
  const client = new AttribClient(typeof h === 'string' ? h : h.url, opts);
  clients.push(client);
  return client;
}

/** The committed result of a send, failing the test unless its payload applied. */
export function committed(sent: SendResult): TxCommitted {
  expect(sent.result).toMatchObject({ status: 'committed', ok: true, code: null });
  return sent.result as TxCommitted;
}

/** The ClientError a promise rejects with (fails the test if it resolves or throws anything else). */
export async function clientError(promise: Promise<unknown>): Promise<ClientError> {
  const err = await promise.then(
    (value) => {
      throw new Error(`expected a ClientError, got ${JSON.stringify(value)}`);
    },
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(ClientError);
  return err as ClientError;
}

/** Waits until `cond` holds, by a bounded number of short pauses (no clock assertion). */
export async function until(cond: () => boolean): Promise<void> {
  for (let i = 0; i < 400 && !cond(); i++) await new Promise((r) => setTimeout(r, 5));
  expect(cond()).toBe(true);
}
