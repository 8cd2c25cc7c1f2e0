/** The narrow environment RPC handlers get, and the shape of the method table. */
import type { Chain } from '../chain/chain.js';
import type { Mempool } from '../mempool/mempool.js';
import type { ChainEvents } from '../node/events.js';
import type { Logger } from '../node/log.js';
import type { ConsensusStatus } from '../consensus/engine.js';
import type { NetworkStatus } from '../p2p/network.js';
import type { Json } from './json.js';
import type { Params } from './params.js';
import type { TxWaiters } from './waiters.js';

/** What the node gives the RPC server. */
export interface RpcContext {
  chain: Chain;
  mempool: Mempool;
  events: ChainEvents;
  log: Logger;
  /** The p2p layer's view (peers, sync), when the node runs one. */
  network?: () => NetworkStatus;
  /** Whether this node's key is in the validator set (it makes blocks) or it follows; it changes with staking. */
  role: () => 'validator' | 'follower';
  /** Consensus, while this node runs it: the height, round and step it is in, and its lock. */
  consensus?: () => ConsensusStatus | undefined;
}

/** What every handler sees: the node's parts plus the server's tx waiters. */
export interface MethodEnv extends RpcContext {
  waiters: TxWaiters;
}

export interface Method<E extends MethodEnv = MethodEnv> {
  /** The param names the method accepts (by name only); anything else is INVALID_PARAMS. */
  params: readonly string[];
  handler(env: E, params: Params): Promise<Json>;
}

/** Method name → method: the RPC as one table (docs/rpc.md lists the same). */
export type MethodTable<E extends MethodEnv = MethodEnv> = Readonly<Record<string, Method<E>>>;
