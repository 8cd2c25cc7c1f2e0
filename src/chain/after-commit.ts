/**
 * What follows every commit, whoever made the block (the producer) or
 * received it (a follower): the mempool drops what left it and re-reads the
 * accounts it touched, txs the proposer left out are reported as dropped,
 * and the block is announced to RPC waiters and subscriptions.
 */
import { txCodec } from '../codec/codecs.js';
import type { BlockResults } from '../codec/types.js';
import type { Mempool } from '../mempool/mempool.js';
import type { ChainEvents } from '../node/events.js';
import { txHash } from '../tx/hash.js';
import type { ExecutedBlock } from './chain.js';

export async function afterCommit(mempool: Mempool, events: ChainEvents, executed: ExecutedBlock, results: BlockResults): Promise<void> {
  const dropped = executed.result.dropped.flatMap((d) => hashOf(d.bytes).map((hash) => ({ hash, code: d.code, message: d.message })));
  await mempool.update(
    executed.result.txResults.map((r) => r.hash),
    dropped.map((d) => d.hash),
  );
  for (const d of dropped) events.emit('dropped', d);
  events.emit('block', { height: executed.block.header!.height, hash: executed.hash, block: executed.block, results });
}

function hashOf(bytes: Uint8Array): Uint8Array[] {
  try {
    return [txHash(txCodec.decode(bytes).body)];
  } catch {
    return [];
  }
}
