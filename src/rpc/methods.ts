/**
 * The RPC as one table: method name → accepted param names and handler
 * (docs/rpc.md documents each). Handlers get the narrow MethodEnv and the
 * by-name params; they return JSON views (json.ts) and throw AttribErrors
 * whose codes errors.ts maps to JSON-RPC errors. The WebSocket adds
 * `subscribe` and `unsubscribe` (ws.ts).
 */
import { chainMethods } from './chain-methods.js';
import { claimable } from './claimable.js';
import { explainMethods } from './explain.js';
import { address20 } from './params.js';
import { stateMethods } from './state-methods.js';
import { txMethods } from './tx-methods.js';
import type { MethodTable } from './types.js';

const { status, block_get, payouts_get, payouts_by_account, payouts_by_contribution } = chainMethods;
const { tx_submit, tx_get, fee_estimate } = txMethods;
const { account_get, validators, stake_get, datanet_get, datanet_list, contribution_get, contribution_list, model_get } = stateMethods;

export const METHODS: MethodTable = {
  status,
  tx_submit,
  tx_get,
  fee_estimate,
  block_get,
  account_get,
  validators,
  stake_get,
  datanet_get,
  datanet_list,
  contribution_list,
  contribution_get,
  claimable_get: {
    params: ['address'],
    handler: (env, p) => claimable(env.chain.store, address20(p, 'address')),
  },
  model_get,
  payouts_get,
  payouts_by_account,
  payouts_by_contribution,
  attribution_explain: explainMethods.attribution_explain,
};
