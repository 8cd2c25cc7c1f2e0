/** Watching the height of real nodes from e2e tests, through their RPC. */
import type { AttribClient } from '../../src/client/index.js';

export async function heightOf(client: AttribClient): Promise<bigint> {
  return BigInt((await client.status()).height);
}

/** Polls every 100 ms until every client reports at least `height` (the test's timeout bounds the wait). */
export async function allReach(clients: readonly AttribClient[], height: bigint): Promise<void> {
  for (;;) {
    const heights = await Promise.all(clients.map(heightOf));
    if (heights.every((h) => h >= height)) return;
    await new Promise((r) => setTimeout(r, 100));
  }
}
