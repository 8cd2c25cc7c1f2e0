/**
 * attribution_explain {hash}: how a committed usage was split — the mode and
 * the weighed contributions of each Datanet (from the `attribution` events
 * the state machine recorded), every payout row of the tx with flags where
 * the recipient is the payer or the model owner, and a Merkle proof of each
 * row against the block header's payout_root (docs/protocol.md §5, §11).
 */
import { payoutRowCodec, txBodyCodec, txCodec } from '../codec/codecs.js';
import type { StoredEvent } from '../codec/types.js';
import { addressOf } from '../crypto/address.js';
import { bytesEqual, toHex } from '../crypto/bytes.js';
import { merkleProof } from '../crypto/merkle.js';
import * as tables from '../state/tables.js';
import { invalidParams, notFound } from './errors.js';
import { payoutJson, type JsonObject } from './json.js';
import { hex32 } from './params.js';
import type { MethodEnv, MethodTable } from './types.js';

/** "0xid:n,0xid:n" → [{contribution, [field]: n}] */
function pairs(text: string | undefined, field: string): JsonObject[] {
  if (!text) return [];
  return text.split(',').map((item) => {
    const [id, n] = item.split(':');
    return { contribution: id ?? '', [field]: n ?? '' };
  });
}

function datanetJson(e: StoredEvent): JsonObject {
  const a = Object.fromEntries(e.attributes.map((x) => [x.key, x.value]));
  return {
    datanet: a.datanet ?? '',
    weight_bps: Number(a.weight_bps),
    mode: a.mode ?? '',
    part: a.part ?? '0',
    paid: pairs(a.members, a.mode === 'sketch' ? 'similarity' : 'score'),
    candidates: pairs(a.candidates, 'similarity'),
  };
}

async function explain(env: MethodEnv, hash: Uint8Array): Promise<JsonObject> {
  const store = env.chain.store;
  const at = await store.txLocation(hash);
  if (at === undefined) throw notFound('committed tx', toHex(hash));
  const [block, results] = await Promise.all([store.block(at.height), store.results(at.height)]);
  const result = results?.txs[at.index];
  const bytes = block?.txs[at.index];
  if (block?.header == null || results === undefined || result === undefined || bytes === undefined) {
    throw new Error(`tx ${toHex(hash)} indexed at ${at.height}/${at.index} but not stored there`);
  }
  const body = txBodyCodec.decode(txCodec.decode(bytes).body);
  if (body.payload !== 'recordUsage') {
    throw invalidParams(`tx ${toHex(hash)} is a ${body.payload}, not a usage`, { param: 'hash' });
  }
  const payer = addressOf(body.signer);
  const model = await tables.models.get(env.chain.store.state, body.recordUsage.modelId);
  const encoded = results.payouts.map((r) => payoutRowCodec.encode(r));
  const rows = results.payouts.flatMap((row, i) => {
    if (row.txIndex !== at.index) return [];
    const flags = [
      ...(bytesEqual(row.recipient, payer) ? ['payer'] : []),
      ...(model !== undefined && bytesEqual(row.recipient, model.owner) ? ['model_owner'] : []),
    ];
    const proof = merkleProof(encoded, i).map((step) => ({ left: step.left, hash: toHex(step.hash) }));
    return [{ ...payoutJson(row, i), encoded: toHex(encoded[i]!), flags, proof }];
  });
  return {
    hash: toHex(hash),
    height: at.height.toString(),
    index: at.index,
    ok: result.code === '',
    code: result.code === '' ? null : result.code,
    payer: toHex(payer),
    model: toHex(body.recordUsage.modelId),
    version: body.recordUsage.version,
    fee_paid: body.recordUsage.feePaid.toString(),
    payout_root: toHex(block.header.payoutRoot),
    datanets: result.events.filter((e) => e.type === 'attribution').map(datanetJson),
    rows,
  };
}

export const explainMethods = {
  attribution_explain: {
    params: ['hash'],
    handler: (env, p) => explain(env, hex32(p, 'hash')),
  },
} satisfies MethodTable;
