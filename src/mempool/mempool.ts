/**
 * Pending transactions. A tx is checked once on entry — decoding, canonical
 * encoding, signature (then remembered by hash so block execution skips it),
 * nonce and fee against the committed account — and kept in its sender's
 * queue by nonce. Blocks take txs by fee, each sender's in nonce order; after
 * a commit only the accounts the block touched are re-examined, never the
 * whole pool.
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
}

/** Where a tx came from: a client of this node (RPC) or a peer (gossip, which forwards it by itself). */
export type TxOrigin = 'local' | 'peer';

export class Mempool {
  private readonly byHash = new Map<string, PendingTx>();
  private readonly admitted: ((tx: PendingTx, origin: TxOrigin) => void)[] = [];
  private readonly senders = new Map<string, SenderQueue>();
  private totalBytes = 0;
  private seq = 0;

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
   * checks after the last `await` and the insert run without a break, so
   * concurrent adds cannot both pass a limit or take one nonce.
   */
  async add(bytes: Uint8Array, origin: TxOrigin = 'local'): Promise<PendingTx> {
    const params = await this.chain.params();
    const checked = checkTxFields(bytes, { chainId: this.chain.chainId, params });
    const known = () => {
      if (this.isVerified(checked.hash, bytes)) throw new MempoolError('ALREADY_KNOWN', 'this tx is already pending');
    };
    known();
    if (!(await this.verifier(checked.body.signer, checked.signBytes, checked.signature))) throw signatureError();
    const account = await this.chain.account(checked.sender);
    known();
    const { nonce, fee } = checked.body;
    if (nonce < account.nonce) throw new MempoolError('BAD_NONCE', `nonce ${nonce} is used; the next is ${account.nonce}`, { expected: account.nonce });
    if (nonce > account.nonce + this.options.maxNoncesAhead) {
      throw new MempoolError('NONCE_TOO_FAR', `nonce ${nonce} is more than ${this.options.maxNoncesAhead} ahead of ${account.nonce}`);
    }
    const queue = this.senders.get(bytesKey(checked.sender));
    if (queue !== undefined) queue.nextNonce = account.nonce;
    const replaced = queue?.txs.get(nonce);
    if (replaced !== undefined && replaced.fee >= fee) {
      throw new MempoolError('NONCE_TAKEN', `a pending tx already has nonce ${nonce} with fee ${replaced.fee}; pay more to replace it`);
    }
    const feesAfter = (queue?.pendingFees ?? 0n) - (replaced?.fee ?? 0n) + fee;
    if (account.balance < feesAfter) {
      throw new MempoolError('INSUFFICIENT_FUNDS', `balance ${account.balance} cannot pay ${feesAfter} in pending fees`, {
        balance: account.balance,
      });
    }
    if (replaced !== undefined) this.delete(replaced);
    this.makeRoom(bytes.length, fee);
    const tx: PendingTx = { bytes, hash: checked.hash, sender: checked.sender, nonce, fee, seq: this.seq++ };
    this.insert(tx, account.nonce);
    for (const listener of this.admitted) listener(tx, origin);
    return tx;
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
   * After a block: drops the given txs (committed or found invalid) and
   * re-reads only their senders' accounts, dropping what those made stale.
   */
  async update(hashes: readonly Uint8Array[]): Promise<void> {
    const touched = new Map<string, Uint8Array>();
    for (const hash of hashes) {
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
      for (const tx of [...q.txs.values()]) {
        if (tx.nonce < account.nonce || account.balance < tx.fee) this.delete(tx);
      }
    }
  }

  private insert(tx: PendingTx, nextNonce: bigint): void {
    const key = bytesKey(tx.sender);
    let q = this.senders.get(key);
    if (q === undefined) this.senders.set(key, (q = { nextNonce, txs: new Map(), pendingFees: 0n }));
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
