/** BlockResult of the state machine → the BlockResults record the store keeps. */
import type { BlockResults, StoredEvent } from '../codec/types.js';
import type { BlockResult } from '../state/apply-block.js';
import type { StateEvent } from '../state/scope.js';

function storedEvent(e: StateEvent): StoredEvent {
  return { type: e.type, attributes: Object.entries(e.attributes).map(([key, value]) => ({ key, value })) };
}

export function toBlockResults(result: BlockResult): BlockResults {
  return {
    txs: result.txResults.map((r) => ({
      hash: r.hash,
      index: r.index,
      code: r.code ?? '',
      message: r.message,
      events: r.events.map(storedEvent),
    })),
    endEvents: result.endEvents.map(storedEvent),
    payouts: result.payouts,
  };
}
