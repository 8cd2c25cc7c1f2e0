/**
 * Block execution, the one entry point of the state machine (DESIGN §1):
 * `executeBlock` runs a block's txs for a proposer building a header, and
 * `applyBlock` runs a received block and checks its header's roots. Both are
 * pure functions of the pre-block state and the block; the caller commits
 * `changes` atomically and remembers `stateRoot` for the next block.
 */
import { buildPayoutTable, payoutTotal } from '../attribution/payout-table.js';
import type { Block, PayoutRow, SupplyTotals } from '../codec/types.js';
import { bytesEqual, toHex } from '../crypto/bytes.js';
import { merkleRoot } from '../crypto/merkle.js';
import { checkTx, type CheckedTx, type CheckOptions } from '../tx/check.js';
import { TxError } from '../tx/errors.js';
import { applyTx, type TxResult } from './apply-tx.js';
import { BlockError } from './errors.js';
import { Scope, supplyOf, type StateEvent } from './scope.js';
import { changesAgainst, nextStateRoot } from './state-root.js';
import { sweepDue } from './sweep.js';
import type { StateReader, Write } from './store.js';
import * as tables from './tables.js';

export interface ExecuteContext {
  chainId: string;
  /** state_root after the previous block (after genesis for height 1). */
  prevStateRoot: Uint8Array;
  /** True for tx bytes whose signature this node already verified (see CheckOptions). */
  signatureVerified?: CheckOptions['signatureVerified'];
  /**
   * Building a block rather than checking one: a tx that would make the block
   * invalid (stateless failure, wrong nonce, unpayable fee) is left out and
   * reported in `dropped`, and txs stop where the block would exceed its size.
   */
  build?: boolean;
}

export interface DroppedTx {
  bytes: Uint8Array;
  code: string;
  message: string;
}

export interface BlockInput {
  height: bigint;
  /** Consensus key of the proposer; its operator account receives FEE and VALIDATOR rows. */
  proposer: Uint8Array;
  txs: readonly Uint8Array[];
}

export interface BlockResult {
  /** The txs of the block: the input, less what a build left out. */
  txs: Uint8Array[];
  dropped: DroppedTx[];
  stateRoot: Uint8Array;
  payoutRoot: Uint8Array;
  /** The payout table in table order. */
  payouts: PayoutRow[];
  txResults: TxResult[];
  /** Events of the end-of-block sweep (auto-accepts, stake unlocks, unbonds, validator updates). */
  endEvents: StateEvent[];
  /** The keys this block changes, sorted: what the store writes atomically. */
  changes: Write[];
  totals: SupplyTotals;
}

export async function executeBlock(state: StateReader, input: BlockInput, ctx: ExecuteContext): Promise<BlockResult> {
  const params = await tables.params.get(state);
  const before = await tables.totals.get(state);
  if (params === undefined || before === undefined) throw new Error('state has no genesis');
  const validator = await tables.validators.get(state, input.proposer);
  if (validator === undefined) {
    throw new BlockError('UNKNOWN_PROPOSER', `proposer ${toHex(input.proposer)} is not a validator`);
  }
  const size = input.txs.reduce((n, tx) => n + tx.length, 0);
  if (size > params.maxBlockBytes && !ctx.build) {
    throw new BlockError('BLOCK_TOO_LARGE', `txs take ${size} bytes, the limit is ${params.maxBlockBytes}`);
  }

  const block = new Scope(state, { ...before, transit: 0n }, {
    params,
    height: input.height,
    proposerOperator: validator.operator,
  });
  const txs: Uint8Array[] = [];
  const dropped: DroppedTx[] = [];
  const txResults: TxResult[] = [];
  let bytesUsed = 0;
  let owed = 0n; // Σ tx fees + Σ fee_paid of applied usages: what the payout rows must add up to
  for (const bytes of input.txs) {
    if (bytesUsed + bytes.length > params.maxBlockBytes) break; // only reachable when building
    let result: TxResult;
    let tx: CheckedTx;
    try {
      tx = checked(bytes, txs.length, ctx, params);
      result = await applyTx(block, txs.length, tx);
    } catch (err) {
      if (!ctx.build || !(err instanceof BlockError) || err.code !== 'INVALID_TX') throw err;
      dropped.push({ bytes, code: String(err.meta.txCode), message: err.message });
      continue;
    }
    txs.push(bytes);
    bytesUsed += bytes.length;
    txResults.push(result);
    owed += tx.body.fee;
    if (result.code === null && tx.body.payload === 'recordUsage') owed += tx.body.recordUsage.feePaid;
  }
  const end = block.child();
  await sweepDue(end);
  end.commitTo(block);

  const { transit, ...totals } = block.totals;
  checkSupply(before, totals, transit);
  const table = buildPayoutTable(block.rows);
  if (payoutTotal(table.rows) !== owed) {
    throw new BlockError('SUPPLY_VIOLATION', `payout rows add up to ${payoutTotal(table.rows)}, fees and usages to ${owed}`);
  }
  tables.totals.put(block.overlay, totals);
  const changes = await changesAgainst(state, block.overlay);
  return {
    txs,
    dropped,
    stateRoot: nextStateRoot(ctx.prevStateRoot, changes),
    payoutRoot: table.root,
    payouts: table.rows,
    txResults,
    endEvents: end.events,
    changes,
    totals,
  };
}

/** Executes a received block and checks what its header claims. */
export async function applyBlock(state: StateReader, block: Block, ctx: ExecuteContext): Promise<BlockResult> {
  const header = block.header;
  if (header === null) throw new BlockError('MISSING_HEADER', 'block has no header');
  if (header.chainId !== ctx.chainId) {
    throw new BlockError('WRONG_CHAIN', `block is for chain "${header.chainId}", this is "${ctx.chainId}"`);
  }
  if (!bytesEqual(merkleRoot(block.txs), header.txRoot)) throw new BlockError('BAD_TX_ROOT', 'tx_root does not match the txs');
  const result = await executeBlock(state, { height: header.height, proposer: header.proposer, txs: block.txs }, ctx);
  if (!bytesEqual(result.stateRoot, header.stateRoot)) {
    throw new BlockError('BAD_STATE_ROOT', `state_root ${toHex(header.stateRoot)}, computed ${toHex(result.stateRoot)}`);
  }
  if (!bytesEqual(result.payoutRoot, header.payoutRoot)) {
    throw new BlockError('BAD_PAYOUT_ROOT', `payout_root ${toHex(header.payoutRoot)}, computed ${toHex(result.payoutRoot)}`);
  }
  return result;
}

function checked(bytes: Uint8Array, index: number, ctx: ExecuteContext, params: Parameters<typeof checkTx>[1]['params']): CheckedTx {
  try {
    return checkTx(bytes, { chainId: ctx.chainId, params, signatureVerified: ctx.signatureVerified });
  } catch (err) {
    if (err instanceof TxError) {
      throw new BlockError('INVALID_TX', `tx ${index}: ${err.message}`, { index, txCode: err.code });
    }
    throw err;
  }
}

/** DESIGN §2: supply_after = supply_before − burned_in_block, and nothing left in transit. */
function checkSupply(before: SupplyTotals, after: SupplyTotals, transit: bigint): void {
  const burned = after.burned - before.burned;
  if (transit !== 0n || supplyOf({ ...after, transit }) !== supplyOf({ ...before, transit: 0n }) - burned) {
    throw new BlockError('SUPPLY_VIOLATION', `supply ${supplyOf({ ...after, transit })} after burning ${burned}, was ${supplyOf({ ...before, transit: 0n })}`);
  }
}
