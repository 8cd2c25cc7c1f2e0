/**
 * JSON views of protocol and state objects (docs/protocol.md §2): snake_case
 * field names, hashes, ids, keys and addresses as lowercase 0x-hex (empty
 * bytes — "none" — as null), whole txs as base64, every uint64 as a decimal
 * string, uint32 values as numbers, enums by name.
 *
 * Example: `toJson({ feePaid: 5n, modelId: bytes })` → `{ fee_paid: "5", model_id: "0x…" }`.
 */
import { txBodyCodec, txCodec } from '../codec/codecs.js';
import {
  ContributionStatus,
  PayoutRole,
  Verdict,
  type Block,
  type Contribution,
  type Datanet,
  type Pool,
  type PayoutRow,
  type StoredEvent,
  type StoredTxResult,
} from '../codec/types.js';
import { addressOf } from '../crypto/address.js';
import { toHex } from '../crypto/bytes.js';
import { txHash } from '../tx/hash.js';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

const snake = (key: string): string => key.replace(/[A-Z]/g, (c) => '_' + c.toLowerCase());

/** Any decoded protocol value as JSON, by the rules above (field names snake_cased). */
export function toJson(value: unknown): Json {
  if (value instanceof Uint8Array) return value.length === 0 ? null : toHex(value);
  if (typeof value === 'bigint') return value.toString();
  if (value === null || value === undefined) return null;
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') return value;
  if (Array.isArray(value)) return value.map(toJson);
  const out: JsonObject = {};
  for (const [key, item] of Object.entries(value as object)) {
    if (item !== undefined) out[snake(key)] = toJson(item);
  }
  return out;
}

function nameOf(table: Readonly<Record<string, number>>, value: number): string {
  return Object.entries(table).find(([, v]) => v === value)?.[0] ?? `UNKNOWN_${value}`;
}

export const roleName = (role: number): string => nameOf(PayoutRole, role);
export const statusName = (status: number): string => nameOf(ContributionStatus, status);

export const base64Of = (bytes: Uint8Array): string => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64');

/** A tx as clients see it: hash, sender, nonce, fee, payload kind and fields. */
export function txJson(bytes: Uint8Array): JsonObject {
  const tx = txCodec.decode(bytes);
  const body = txBodyCodec.decode(tx.body);
  const fields = (body as unknown as Record<string, unknown>)[body.payload];
  const payload = toJson(fields) as JsonObject;
  if (body.payload === 'curate') payload.verdict = nameOf(Verdict, body.curate.verdict);
  return {
    hash: toHex(txHash(tx.body)),
    sender: toHex(addressOf(body.signer)),
    signer: toHex(body.signer),
    chain_id: body.chainId,
    nonce: body.nonce.toString(),
    fee: body.fee.toString(),
    kind: body.payload,
    payload,
    size: bytes.length,
  };
}

export function eventJson(e: StoredEvent): JsonObject {
  return { type: e.type, attributes: Object.fromEntries(e.attributes.map((a) => [a.key, a.value])) };
}

/** A tx's result: `code` null when the payload applied, else the TxError code it failed with (fee and nonce still charged). */
export function txResultJson(r: StoredTxResult, withEvents = true): JsonObject {
  return {
    hash: toHex(r.hash),
    index: r.index,
    ok: r.code === '',
    code: r.code === '' ? null : r.code,
    message: r.message,
    ...(withEvents ? { events: r.events.map(eventJson) } : {}),
  };
}

/** Row `index` of a block's payout table. */
export function payoutJson(row: PayoutRow, index: number): JsonObject {
  return {
    row: index,
    tx_index: row.txIndex,
    role: roleName(row.role),
    recipient: toJson(row.recipient),
    contribution: toJson(row.contributionId),
    amount: row.amount.toString(),
  };
}

/** A committed block: hash, header, decoded txs and the commit of the previous block. */
export function blockJson(block: Block, hash: Uint8Array): JsonObject {
  return {
    hash: toHex(hash),
    header: toJson(block.header),
    txs: block.txs.map(txJson),
    last_commit: toJson(block.lastCommit),
  };
}

export function datanetJson(id: Uint8Array, d: Datanet): JsonObject {
  return { id: toHex(id), ...(toJson(d) as JsonObject), earning_members: (d.acceptedTotal - d.removedTotal).toString() };
}

/** A contribution; its sketch (4·sketch_k bytes) only when asked for, lists leave it out. */
export function contributionJson(id: Uint8Array, c: Contribution, withSketch: boolean): JsonObject {
  const { sketch, ...rest } = c;
  return {
    id: toHex(id),
    ...(toJson(rest) as JsonObject),
    status: statusName(c.status),
    ...(withSketch ? { sketch: toJson(sketch) } : {}),
  };
}

export function poolJson(id: Uint8Array, p: Pool): JsonObject {
  return { id: toHex(id), ...(toJson(p) as JsonObject) };
}
