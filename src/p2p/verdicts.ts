/**
 * The one table from error codes to what a peer's message earns
 * (docs/p2p.md "Verdicts"): gossip, block sync and consensus all read it,
 * so a code means the same to each and no list of error classes is kept
 * anywhere else.
 *
 * - `reject`: the sender's fault — an honest peer checks before it forwards,
 *   so it would never have sent this. Not forwarded; the peer is struck
 *   (peer-scores.ts) and its gossipsub score drops.
 * - `useless`: nobody could forward it in good faith for long, but one may
 *   arrive honestly now and then (a tx whose sender lacks funds or whose
 *   nonce is used). Not forwarded; counted against the peer's share of
 *   useful txs.
 * - `ignore`: nobody's fault — a late or repeated copy, a full pool, a
 *   block that is not checkable yet. Not forwarded, no cost.
 * - `local`: this node's own failure (its store, a bug). Not forwarded,
 *   logged as an error, never held against the peer.
 */
import { CHAIN_ERROR_CODES, type ChainErrorCode } from '../chain/errors.js';
import { CODEC_ERROR_CODES, type CodecErrorCode } from '../codec/errors.js';
import { CONSENSUS_ERROR_CODES, type ConsensusErrorCode } from '../consensus/errors.js';
import { CRYPTO_ERROR_CODES, type CryptoErrorCode } from '../crypto/errors.js';
import { AttribError } from '../errors.js';
import { MEMPOOL_ERROR_CODES, type MempoolErrorCode } from '../mempool/errors.js';
import { BLOCK_ERROR_CODES, type BlockErrorCode } from '../state/errors.js';
import { TX_ERROR_CODES, type TxErrorCode } from '../tx/errors.js';
import { P2P_ERROR_CODES, type P2pErrorCode } from './errors.js';

export type Verdict = 'reject' | 'useless' | 'ignore' | 'local';

const all = <C extends string>(codes: readonly C[], verdict: Verdict): Record<C, Verdict> =>
  Object.fromEntries(codes.map((c) => [c, verdict])) as Record<C, Verdict>;

const CODEC: Record<CodecErrorCode, Verdict> = all(CODEC_ERROR_CODES, 'reject');

/** Stateless tx codes make a tx that can never be valid; the stateful ones depend on the state the sender saw. */
const STATEFUL_TX: readonly TxErrorCode[] = TX_ERROR_CODES.slice(TX_ERROR_CODES.indexOf('BAD_NONCE'));
const TX: Record<TxErrorCode, Verdict> = { ...all(TX_ERROR_CODES, 'reject'), ...all(STATEFUL_TX, 'useless') };

const MEMPOOL: Record<MempoolErrorCode, Verdict> = {
  ALREADY_KNOWN: 'ignore', // every tx reaches a node from several peers
  ALREADY_COMMITTED: 'ignore', // a copy that arrives after the block that holds it
  BAD_NONCE: 'useless',
  NONCE_TOO_FAR: 'useless',
  NONCE_TAKEN: 'useless',
  TOO_MANY_REPLACEMENTS: 'useless',
  INSUFFICIENT_FUNDS: 'useless',
  MEMPOOL_FULL: 'ignore',
};

const CHAIN: Record<ChainErrorCode, Verdict> = {
  GENESIS_MISMATCH: 'local',
  STORE_CORRUPT: 'local',
  STORE_OUTDATED: 'local',
  BAD_BLOCK: 'reject',
  BAD_COMMIT: 'reject',
  CONFLICTING_BLOCK: 'reject',
  BAD_HEIGHT: 'ignore', // the chain moved on while the block waited its turn
  BAD_PREV_HASH: 'reject',
  BAD_TIME: 'reject',
  BAD_VALIDATORS_HASH: 'reject',
  BAD_LAST_COMMIT: 'reject',
};

/** A block that fails re-execution: its sender relayed it without executing it. */
const BLOCK: Record<BlockErrorCode, Verdict> = { ...all(BLOCK_ERROR_CODES, 'reject'), SUPPLY_VIOLATION: 'local' };

const CONSENSUS: Record<ConsensusErrorCode, Verdict> = { ...all(CONSENSUS_ERROR_CODES, 'local'), BAD_MESSAGE: 'reject' };

const P2P: Record<P2pErrorCode, Verdict> = { BAD_NODE_KEY: 'local', SYNC_FAILED: 'reject' };

const CRYPTO: Record<CryptoErrorCode, Verdict> = all(CRYPTO_ERROR_CODES, 'local');

/** By error class name (AttribError sets `name` to it) and code. */
export const VERDICTS: Readonly<Record<string, Readonly<Record<string, Verdict>>>> = {
  CodecError: CODEC,
  TxError: TX,
  MempoolError: MEMPOOL,
  ChainError: CHAIN,
  BlockError: BLOCK,
  ConsensusError: CONSENSUS,
  P2pError: P2P,
  CryptoError: CRYPTO,
};

/** What a peer's message that failed with `err` earns; anything not in the table is this node's own failure. */
export function verdictOf(err: unknown): Verdict {
  if (!(err instanceof AttribError)) return 'local';
  return VERDICTS[err.name]?.[err.code] ?? 'local';
}
