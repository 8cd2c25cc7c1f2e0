/**
 * The attribution-ledger TypeScript SDK: a typed JSON-RPC client of the node
 * (docs/rpc.md), wallets, tx builders and sending with nonce tracking.
 *
 * From another TypeScript project, depend on this package (a path, a git
 * URL or a tarball) and import the `./client` export:
 *
 *   import { AttribClient, Wallet, payloads, send } from 'attribution-ledger/client';
 *
 *   const client = new AttribClient('http://127.0.0.1:26657');
 *   const wallet = new Wallet(seed); // 32 bytes you keep, or Wallet.generate()
 *   const { id } = await send(client, wallet, payloads.createDatanet({ name: 'poems', autoAccept: true }));
 *   console.log(await client.getDatanet(id!));
 *   await client.close();
 *
 * The package ships TypeScript sources (ESM, Node ≥ 20.19), not compiled
 * JavaScript: run the program with tsx (`npx tsx main.ts`, or
 * `node --import tsx main.ts`) or bundle it (esbuild, Vite…), which compile
 * the SDK's sources with yours. tsc type-checks them with
 * `"moduleResolution": "NodeNext"` or `"Bundler"`. Node's own type stripping
 * does not load TypeScript from node_modules, hence tsx or a bundler.
 *
 * Conventions: results are the node's JSON forms (types.ts: hex strings,
 * uint64 values as decimal strings); inputs take bytes as Uint8Array or
 * 0x-hex and uint64 values as bigint, number or decimal string; every
 * failure is a ClientError whose `code` is the node's `data.code` or
 * NODE_UNREACHABLE, BAD_RESPONSE, TIMEOUT, INVALID_ARGUMENT.
 */
export { AttribClient } from './client.js';
/** Sketches (docs/attribution.md): of contributions (payloads.contributeData does it) and of usage outputs. */
export { similarity, sketchBytes, Sketcher } from '../attribution/sketch.js';
export type { ClientOptions, PageOptions, PayoutPageOptions, SubmitOptions, SubscribeOptions, SubscriptionEnd, SubscriptionHandle } from './client.js';
export { ClientError, CLIENT_ERROR_CODES, type ClientErrorCode, type ClientSideCode } from './errors.js';
export type { Outcome, RpcCall } from './http.js';
export { bytesOf, hexOf, u64, type BytesLike, type U64Like } from './convert.js';
export { Wallet, type SignOptions } from './wallet.js';
export {
  createdIdOf,
  describeContent,
  MIN_SALT_BYTES,
  payloads,
  poolIdOf,
  send,
  type ContributeOptions,
  type CreateDatanetOptions,
  type RecordTrainingOptions,
  type RecordUsageOptions,
  type RegisterModelOptions,
  type SendOptions,
  type SendResult,
  type StakeProofOptions,
} from './tx.js';
export type * from './types.js';
export type { SignedTx } from '../tx/sign.js';
export type { TxPayload } from '../codec/types.js';
