/** What the node announces after each commit: RPC waiters and WebSocket subscriptions listen here. */
import { EventEmitter } from 'node:events';
import type { Block, BlockResults } from '../codec/types.js';

export interface CommittedBlockEvent {
  height: bigint;
  hash: Uint8Array;
  block: Block;
  results: BlockResults;
}

export class ChainEvents extends EventEmitter<{ block: [CommittedBlockEvent] }> {}
