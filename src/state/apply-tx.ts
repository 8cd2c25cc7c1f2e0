/** Dispatch of one checked tx: fee and nonce first (irrevocable), then its payload in a child scope. */
import { PayoutRole, type TxBody } from '../codec/types.js';
import type { CheckedTx } from '../tx/check.js';
import { TxError, type TxErrorCode } from '../tx/errors.js';
import { BlockError } from './errors.js';
import { applyClaim } from './handlers/claims.js';
import { applyContribute, applyCurate, applyRetire } from './handlers/contributions.js';
import { applyCreateDatanet, applyUpdateCurators } from './handlers/datanets.js';
import { applyRecordTraining, applyRegisterModel } from './handlers/models.js';
import { applyTransfer } from './handlers/transfer.js';
import { applyEvidence, applyStake, applyUnstake } from './handlers/staking.js';
import { applyRecordUsage } from './handlers/usage.js';
import type { Scope, StateEvent, TxInfo } from './scope.js';

export interface TxResult {
  hash: Uint8Array;
  index: number;
  /** null when the payload applied; otherwise why it failed (the fee was still charged). */
  code: TxErrorCode | null;
  message: string;
  events: StateEvent[];
}

/** Applies one tx to the block scope; a wrong nonce or an unpayable fee throws BlockError. */
export async function applyTx(block: Scope, index: number, tx: CheckedTx): Promise<TxResult> {
  await chargeFee(block, index, tx);
  const info: TxInfo = { index, hash: tx.hash, sender: tx.sender };
  const scope = block.child();
  try {
    await applyPayload(scope, info, tx.body);
  } catch (err) {
    if (!(err instanceof TxError)) throw err;
    return { hash: tx.hash, index, code: err.code, message: err.message, events: [] };
  }
  scope.commitTo(block);
  return { hash: tx.hash, index, code: null, message: '', events: scope.events };
}

async function chargeFee(block: Scope, index: number, tx: CheckedTx): Promise<void> {
  const acc = await block.account(tx.sender);
  const invalid = (txCode: TxErrorCode, message: string) =>
    new BlockError('INVALID_TX', `tx ${index}: ${message}`, { index, txCode });
  if (tx.body.nonce !== acc.nonce) throw invalid('BAD_NONCE', `nonce ${tx.body.nonce}, expected ${acc.nonce}`);
  if (acc.balance < tx.body.fee) throw invalid('INSUFFICIENT_FUNDS', `cannot pay tx fee ${tx.body.fee}`);
  block.chargeFee(tx.sender, acc, tx.body.fee);
  await block.payRow(index, PayoutRole.FEE, block.env.proposerOperator, tx.body.fee);
}

function applyPayload(s: Scope, tx: TxInfo, body: TxBody): Promise<void> {
  switch (body.payload) {
    case 'transfer':
      return applyTransfer(s, tx, body.transfer);
    case 'createDatanet':
      return applyCreateDatanet(s, tx, body.createDatanet);
    case 'updateCurators':
      return applyUpdateCurators(s, tx, body.updateCurators);
    case 'contribute':
      return applyContribute(s, tx, body.contribute);
    case 'curate':
      return applyCurate(s, tx, body.curate);
    case 'retire':
      return applyRetire(s, tx, body.retire);
    case 'registerModel':
      return applyRegisterModel(s, tx, body.registerModel);
    case 'recordTraining':
      return applyRecordTraining(s, tx, body.recordTraining);
    case 'recordUsage':
      return applyRecordUsage(s, tx, body.recordUsage);
    case 'claim':
      return applyClaim(s, tx, body.claim);
    case 'stake':
      return applyStake(s, tx, body.stake);
    case 'unstake':
      return applyUnstake(s, tx, body.unstake);
    case 'evidence':
      return applyEvidence(s, tx, body.evidence);
  }
}
