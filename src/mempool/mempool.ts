/**
 * Pending transactions. A tx is checked once on entry — decoding, canonical
 * encoding, then the cheap checks against the committed account (nonce not
 * used, balance for the fees), and only then its signature, the one costly
 * check (then remembered by hash so block execution skips it) — and kept in
 * its sender's queue by nonce. A pending tx is replaced only by one paying at
 * least 10 % more (geth's price bump), at most MAX_REPLACEMENTS times per
 * sender queue, so replacing is not a free way to make every node check and
 * gossip again. Blocks take txs by fee, each sender's in nonce order; after a
 * commit only the accounts the block touched are re-examined, never the
 * whole pool. The txs of the last RECENT_BLOCKS blocks are remembered, so a
 * copy that arrives late is told apart from a used nonce (ALREADY_COMMITTED).
 */
import type { Account, Params } from '../codec/types.js';
import { bytesEqual, bytesKey } from '../crypto/bytes.js';
import { verify } from '../crypto/ed25519.js';
import { checkTxFields, signatureError } from '../tx/check.js';
import { MempoolError } from './errors.js';
import { Heap } from './heap.js';

export interface MempoolOptions {
  /** Most pending txs. */
  maxTxs: number;
  /** Most pending bytes. */
  maxBytes: number;
  /** How far above the account's next nonce a tx may wait for the gap to fill. */
  maxNoncesAhead: bigint;
}

export const DEFAULT_MEMPOOL_OPTIONS: MempoolOptions = { maxTxs: 50_000, maxBytes: 64 << 20, maxNoncesAhead: 64n };

/** A replacement pays at least this much more than the tx it replaces, in percent. */
export const REPLACEMENT_BUMP_PERCENT = 10n;
/** Replacements one sender's queue may make while it has pending txs. */
export const MAX_REPLACEMENTS = 16;
/** Blocks whose committed txs are remembered, and at most how many tx hashes in all. */
export const RECENT_BLOCKS = 10;
export const MAX_RECENT_TXS = 100_000;

/** What the mempool needs from the chain: identity, params and committed accounts. */
export interface MempoolChainView {
  chainId: string;
  params(): Promise<Params>;
  account(address: Uint8Array): Promise<Account>;
}

export type Verifier = (publicKey: Uint8Array, message: Uint8Array, signature: Uint8Array) => boolean | Promise<boolean>;

export interface PendingTx {
  bytes: Uint8Array;
  hash: Uint8Array;
  sender: Uint8Array;
  nonce: bigint;
  fee: bigint;
  /** Arrival order, the tie-break between equal fees. */
  seq: number;
}

interface SenderQueue {
  /** The committed account's next nonce, as last read. */
  nextNonce: bigint;
  txs: Map<bigint, PendingTx>;
  pendingFees: bigint;
  replacements: number;
}

/** Where a tx came from: a client of this node (RPC) or a peer (gossip, which forwards it by itself). */
export type TxOrigin = 'local' | 'peer';

export class Mempool {
  private readonly byHash = new Map<string, PendingTx>();
  private readonly admitted: ((tx: PendingTx, origin: TxOrigin) => void)[] = [];
  private readonly senders = new Map<string, SenderQueue>();
  private totalBytes = 0;
  private seq = 0;
  /** Hashes of the txs of the last RECENT_BLOCKS blocks, oldest block first. */
  private readonly recent: Set<string>[] = [];
  private recentCount = 0;

  constructor(
    private readonly chain: MempoolChainView,
    private readonly options: MempoolOptions = DEFAULT_MEMPOOL_OPTIONS,
    /** Signature verification: inline by default, or a VerifyPool's worker threads. */
    private readonly verifier: Verifier = verify,
  ) {}

  get size(): number {
    return this.byHash.size;
  }

  get bytes(): number {
    return this.totalBytes;
  }

  /** The lowest fee pending, or undefined when empty: one pass, no allocation. */
  minFee(): bigint | undefined {
    let min: bigint | undefined;
    for (const tx of this.byHash.values()) if (min === undefined || tx.fee < min) min = tx.fee;
    return min;
  }

  /** The nonce after the sender's pending txs that follow `committedNonce` without a gap. */
  nextNonce(sender: Uint8Array, committedNonce: bigint): bigint {
    const q = this.senders.get(bytesKey(sender));
    let n = committedNonce;
    while (q?.txs.has(n)) n++;
    return n;
  }

  has(hash: Uint8Array): boolean {
    return this.byHash.has(bytesKey(hash));
  }

  /** For block execution: these exact bytes are pending, so their signature was verified on entry. */
  readonly isVerified = (hash: Uint8Array, txBytes: Uint8Array): boolean => {
    const tx = this.byHash.get(bytesKey(hash));
    return tx !== undefined && bytesEqual(tx.bytes, txBytes);
  };

  /** Calls `listener` with every tx the pool takes in (the node gossips the local ones). */
  onAdmitted(listener: (tx: PendingTx, origin: TxOrigin) => void): void {
    this.admitted.push(listener);
  }

  /**
   * Checks and adds a tx; throws TxError (stateless) or MempoolError. The
   * cheap checks run before the signature check and again after it (the
   * pool may have changed while the signature was checked), and the last
   * checks and the insert run without a break, so concurrent adds cannot both
   * pass a limit or take one nonce.
   */
  async add(bytes: Uint8Array, origin: TxOrigin = 'local'): Promise<PendingTx> {
    const params = await this.chain.params();
    const checked = checkTxFields(bytes, { chainId: this.chain.chainId, params });
    this.checkNew(checked.hash, bytes);
    const account = await this.chain.account(checked.sender);
    this.checkNew(checked.hash, bytes);
    this.checkAgainst(checked.sender, checked.body.nonce, checked.body.fee, account);
    if (!(await this.verifier(checked.body.signer, checked.signBytes, checked.signature))) throw signatureError();
    this.checkNew(checked.hash, bytes);
    const replaced = this.checkAgainst(checked.sender, checked.body.nonce, checked.body.fee, account);
    const replacements = (this.senders.get(bytesKey(checked.sender))?.replacements ?? 0) + (replaced === undefined ? 0 : 1);
    if (replaced !== undefined) this.delete(replaced);
    this.makeRoom(bytes.length, checked.body.fee);
    const tx: PendingTx = { bytes, hash: checked.hash, sender: checked.sender, nonce: checked.body.nonce, fee: checked.body.fee, seq: this.seq++ };
    this.insert(tx, account.nonce, replacements);
    for (const listener of this.admitted) listener(tx, origin);
    return tx;
  }

  /** Refuses a tx that is pending already or was committed in one of the last RECENT_BLOCKS blocks. */
  private checkNew(hash: Uint8Array, bytes: Uint8Array): void {
    if (this.isVerified(hash, bytes)) throw new MempoolError('ALREADY_KNOWN', 'this tx is already pending');
    const key = bytesKey(hash);
    if (this.recent.some((block) => block.has(key))) throw new MempoolError('ALREADY_COMMITTED', 'this tx was committed in a recent block');
  }

  /** The checks against the committed account and the sender's pending txs; returns the pending tx this one replaces. */
  private checkAgainst(sender: Uint8Array, nonce: bigint, fee: bigint, account: Account): PendingTx | undefined {
    if (nonce < account.nonce) throw new MempoolError('BAD_NONCE', `nonce ${nonce} is used; the next is ${account.nonce}`, { expected: account.nonce });
    if (nonce > account.nonce + this.options.maxNoncesAhead) {
      throw new MempoolError('NONCE_TOO_FAR', `nonce ${nonce} is more than ${this.options.maxNoncesAhead} ahead of ${account.nonce}`);
    }
    const queue = this.senders.get(bytesKey(sender));
    const replaced = queue?.txs.get(nonce);
    if (replaced !== undefined) {
      const least = replaced.fee + (replaced.fee * REPLACEMENT_BUMP_PERCENT + 99n) / 100n;
      if (fee < least) throw new MempoolError('NONCE_TAKEN', `a pending tx already has nonce ${nonce} with fee ${replaced.fee}; a replacement pays at least ${least}`, { least });
      if (queue!.replacements >= MAX_REPLACEMENTS) {
        throw new MempoolError('TOO_MANY_REPLACEMENTS', `this sender replaced ${MAX_REPLACEMENTS} pending txs already; wait for a block`);
      }
    }
    const feesAfter = (queue?.pendingFees ?? 0n) - (replaced?.fee ?? 0n) + fee;
    if (account.balance < feesAfter) {
      throw new MempoolError('INSUFFICIENT_FUNDS', `balance ${account.balance} cannot pay ${feesAfter} in pending fees`, {
        balance: account.balance,
      });
    }
    return replaced;
  }

  /**
   * Txs for the next block, highest fee first, each sender's in nonce order
   * from its next nonce (txs behind a gap wait), within the limits.
   */
  reap(maxBytes: number, maxTxs: number): Uint8Array[] {
    const heads = new Heap<PendingTx>((a, b) => a.fee > b.fee || (a.fee === b.fee && a.seq < b.seq));
    for (const q of this.senders.values()) {
      const first = q.txs.get(q.nextNonce);
      if (first !== undefined) heads.push(first);
    }
    const out: Uint8Array[] = [];
    let bytes = 0;
    while (out.length < maxTxs) {
      const tx = heads.pop();
      if (tx === undefined) break;
      if (bytes + tx.bytes.length > maxBytes) continue; // too big for what is left; this sender waits
      out.push(tx.bytes);
      bytes += tx.bytes.length;
      const next = this.senders.get(bytesKey(tx.sender))!.txs.get(tx.nonce + 1n);
      if (next !== undefined) heads.push(next);
    }
    return out;
  }

  /**
   * After a block: drops its `committed` txs and the `dropped` ones (found
   * invalid), remembers the committed ones for RECENT_BLOCKS blocks, and
   * re-reads only their senders' accounts, dropping what those made stale.
   * A sender's replacement count starts again once a block takes its txs.
   */
  async update(committed: readonly Uint8Array[], dropped: readonly Uint8Array[] = []): Promise<void> {
    this.remember(committed);
    const touched = new Map<string, Uint8Array>();
    for (const hash of [...committed, ...dropped]) {
      const tx = this.byHash.get(bytesKey(hash));
      if (tx === undefined) continue;
      touched.set(bytesKey(tx.sender), tx.sender);
      this.delete(tx);
    }
    for (const [key, sender] of touched) {
      const q = this.senders.get(key);
      if (q === undefined) continue;
      const account = await this.chain.account(sender);
      q.nextNonce = account.nonce;
      q.replacements = 0;
      for (const tx of [...q.txs.values()]) {
        if (tx.nonce < account.nonce || account.balance < tx.fee) this.delete(tx);
      }
    }
  }

  private remember(committed: readonly Uint8Array[]): void {
    this.recent.push(new Set(committed.map(bytesKey)));
    this.recentCount += committed.length;
    while (this.recent.length > RECENT_BLOCKS || (this.recentCount > MAX_RECENT_TXS && this.recent.length > 1)) this.recentCount -= this.recent.shift()!.size;
  }

  private insert(tx: PendingTx, nextNonce: bigint, replacements: number): void {
    const key = bytesKey(tx.sender);
    let q = this.senders.get(key);
    if (q === undefined) this.senders.set(key, (q = { nextNonce, txs: new Map(), pendingFees: 0n, replacements }));
    q.nextNonce = nextNonce;
    q.replacements = replacements;
    q.txs.set(tx.nonce, tx);
    q.pendingFees += tx.fee;
    this.byHash.set(bytesKey(tx.hash), tx);
    this.totalBytes += tx.bytes.length;
  }

  private delete(tx: PendingTx): void {
    const key = bytesKey(tx.sender);
    const q = this.senders.get(key)!;
    q.txs.delete(tx.nonce);
    q.pendingFees -= tx.fee;
    if (q.txs.size === 0) this.senders.delete(key);
    this.byHash.delete(bytesKey(tx.hash));
    this.totalBytes -= tx.bytes.length;
  }

  /**
   * When full, evicts the cheapest sender tails (a tail, so no sender is left
   * with a gap) while they pay less than `fee`; MEMPOOL_FULL if that is not enough.
   */
  private makeRoom(size: number, fee: bigint): void {
    while (this.byHash.size + 1 > this.options.maxTxs || this.totalBytes + size > this.options.maxBytes) {
      let cheapest: PendingTx | undefined;
      for (const q of this.senders.values()) {
        let tail: PendingTx | undefined;
        for (const tx of q.txs.values()) if (tail === undefined || tx.nonce > tail.nonce) tail = tx;
        if (tail !== undefined && (cheapest === undefined || tail.fee < cheapest.fee)) cheapest = tail;
      }
      if (cheapest === undefined || cheapest.fee >= fee) {
        throw new MempoolError('MEMPOOL_FULL', `the mempool is full of txs paying at least ${fee}`);
      }
      this.delete(cheapest);
    }
  }
}
