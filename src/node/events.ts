/** What the node announces after each commit: RPC waiters and WebSocket subscriptions listen here. */
import { EventEmitter } from 'node:events';
import type { Block, BlockResults } from '../codec/types.js';

export interface CommittedBlockEvent {
  height: bigint;
  hash: Uint8Array;
  block: Block;
  results: BlockResults;
}

/** A pending tx the block producer left out because it would have made the block invalid. */
export interface DroppedTxEvent {
  hash: Uint8Array;
  code: string;
  message: string;
}

export class ChainEvents extends EventEmitter<{ block: [CommittedBlockEvent]; dropped: [DroppedTxEvent] }> {}
