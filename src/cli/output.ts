/**
 * How the CLI prints: aligned tables, amounts with their unit, `--json`
 * output, and the parsing of flag values (amounts, ids, `ID:N` lists).
 * Pure functions, unit-tested in test/unit/cli/.
 */

/** The name of the ledger's amounts in human output (the chain itself has no denomination). */
export const UNIT = 'units';

/** Something the user got wrong (a flag's value, an unknown key): `attrib: message`, exit status `exitCode`. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: 1 | 2 = 1,
    readonly hint?: string,
  ) {
    super(message);
    this.name = 'CliError';
  }
}

/** `12345` → `12,345`; bigint-safe, for decimal strings too. */
export function groupDigits(value: bigint | number | string): string {
  const s = BigInt(value).toString();
  const neg = s.startsWith('-');
  const digits = neg ? s.slice(1) : s;
  return (neg ? '-' : '') + digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** `12345` → `12,345 units`. */
export function amount(value: bigint | number | string): string {
  return `${groupDigits(value)} ${UNIT}`;
}

/** Rows of cells as left-aligned columns under a header, two spaces apart; amounts and numbers are right-aligned. */
export function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const right = header.map((_, i) => rows.length > 0 && rows.every((r) => /^-?[\d,]+( \w+)?$/.test(r[i] ?? '')));
  const line = (cells: readonly string[]) =>
    cells
      .map((c, i) => (right[i] ? c.padStart(widths[i]!) : c.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd();
  return [line(header), ...rows.map(line)].join('\n');
}

/** `key: value` lines with the values aligned. */
export function fields(entries: readonly (readonly [string, string])[]): string {
  const width = Math.max(...entries.map(([k]) => k.length)) + 1;
  return entries.map(([k, v]) => `${(k + ':').padEnd(width)} ${v}`).join('\n');
}

/** JSON with bigints as decimal strings, like the node's own. */
export function toJson(value: unknown): string {
  return JSON.stringify(value, (_, v: unknown) => (typeof v === 'bigint' ? v.toString() : v), 2);
}

// ---- parsing flag values ----

const U64_MAX = (1n << 64n) - 1n;

/** A uint64 flag value (`--amount 1000`, `1_000` and `1,000` allowed). */
export function parseU64(text: string, what: string): bigint {
  const clean = text.replace(/[_,]/g, '');
  if (!/^\d+$/.test(clean) || BigInt(clean) > U64_MAX) throw new CliError(`${what} must be a whole number ≥ 0, got ${JSON.stringify(text)}`, 2);
  return BigInt(clean);
}

/** A non-negative integer below 2^32 (basis points, versions). */
export function parseU32(text: string, what: string): number {
  const n = parseU64(text, what);
  if (n > 0xffffffffn) throw new CliError(`${what} must be below 2^32, got ${text}`, 2);
  return Number(n);
}

/** A 32-byte id as lowercase 0x-hex. */
export function parseId(text: string, what: string): `0x${string}` {
  if (!/^0x[0-9a-fA-F]{64}$/.test(text)) throw new CliError(`${what} must be a 32-byte id (0x and 64 hex digits), got ${JSON.stringify(text)}`);
  return text.toLowerCase() as `0x${string}`;
}

export const isAddress = (text: string): boolean => /^0x[0-9a-fA-F]{40}$/.test(text);

/** A comma-separated list, empty items dropped. */
export function parseList(text: string): string[] {
  return text
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/** `ID:N,ID:N` (Datanet weights, scores) → pairs; `what` names the flag in errors. */
export function parsePairs(text: string, what: string): { id: `0x${string}`; value: bigint }[] {
  const items = parseList(text);
  if (items.length === 0) throw new CliError(`${what} needs at least one ID:N pair`, 2);
  return items.map((item) => {
    const colon = item.lastIndexOf(':');
    if (colon < 0) throw new CliError(`${what}: ${JSON.stringify(item)} is not ID:N`, 2);
    return { id: parseId(item.slice(0, colon), what), value: parseU64(item.slice(colon + 1), what) };
  });
}

/** `--datanets ID:BPS,…`: weights in basis points that must sum to 10 000. */
export function parseWeights(text: string): { datanetId: `0x${string}`; weightBps: number }[] {
  const pairs = parsePairs(text, '--datanets');
  const total = pairs.reduce((sum, p) => sum + p.value, 0n);
  if (total !== 10_000n) throw new CliError(`--datanets weights must sum to 10000 basis points, got ${total}`, 2);
  return pairs.map((p) => ({ datanetId: p.id, weightBps: Number(p.value) }));
}

// ---- errors ----

const HINTS: Record<string, string> = {
  NODE_UNREACHABLE: 'is the node running? start it with `npm start` or pass --rpc URL (or set ATTRIB_RPC)',
  TIMEOUT: 'the node is slow or stuck; check its log, or retry',
  BAD_RESPONSE: 'is --rpc the address of an attrib node?',
  INSUFFICIENT_FUNDS: 'the sending account cannot pay the amount plus the fee: fund it with `attrib tx transfer --to ADDR --amount N` from a funded key',
  BAD_NONCE: 'another tx from the same key got in first; run the command again',
  NONCE_TAKEN: 'another tx from the same key is pending with that nonce; wait a block and retry, or replace it with --fee at least 10 % higher',
  ALREADY_COMMITTED: 'this very tx is already in a block: `attrib query tx HASH` shows it',
  NOT_FOUND: 'check the id, hash or height (`attrib query …` lists what exists)',
  FEE_TOO_LOW: 'raise --fee (`attrib query status` shows the minimum) or leave --fee out for the minimum',
  USAGE_FEE_TOO_LOW: 'raise --pay to at least the chain minimum usage fee',
  BELOW_MIN_STAKE: 'a bond must be 0 or at least the chain minimum (`attrib query status` shows the params): change --amount',
  INSUFFICIENT_STAKE: '--amount is more than is bonded (`attrib query stake OPERATOR` shows the bond)',
  KEY_TAKEN: 'that consensus key is bound to another operator for good: stake from that operator, or make a new key with `attrib init` (docs/staking.md)',
  BAD_POSSESSION_PROOF: 'the proof must be signed by the consensus key for --from\'s address on this chain: run it with the --home of the node whose key it is (or --consensus-key-file)',
  KEY_MISMATCH: 'this operator is bonded under another consensus key: unstake all of it first (docs/staking.md, "Rotating a consensus key")',
  SLASHED: 'that consensus key was slashed for good: make a new one (docs/staking.md)',
  LAST_VALIDATOR: 'the chain would be left without a validator; another must bond first',
  WRONG_CHAIN: 'the key signs for another chain id; check --rpc',
  MEMPOOL_FULL: 'the node has too many pending txs; retry in a few blocks or raise --fee',
  STAKE_TOO_LOW: 'raise --stake to the chain minimum',
  BAD_WEIGHTS: '--datanets weights must sum to 10000',
  UNAUTHORIZED: 'this key is not allowed to do that (not the owner or a curator): check --from',
  GENESIS_MISMATCH: 'the data/ directory belongs to another chain: use another --home, or delete data/ to start this chain afresh',
  STORE_OUTDATED: 'data/ was written by an older attrib: delete it (the devnet: rm -rf ~/.attrib/devnet) and start again',
  BAD_NODE_KEY: 'delete node_key.json to make a new p2p identity (peers that list the old peer id must be updated)',
  EXACT_DUPLICATE: 'this content already has a live original in the Datanet; it cannot be accepted as distinct',
};

/** The one-line hint for an error code, if there is one. */
export function hintFor(code: string): string | undefined {
  return HINTS[code];
}
