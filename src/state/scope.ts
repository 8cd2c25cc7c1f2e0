/**
 * An execution scope: an overlay plus the running supply totals, payout rows
 * and events written through it. A block has one; each tx payload runs in a
 * child that is committed on success and dropped on failure, so a failed tx
 * leaves nothing behind but its fee and nonce (charged in the block scope).
 *
 * Every movement of tokens goes through the methods below, which keep the
 * SupplyTotals buckets in step; the supply rule is checked against them.
 */
import { PayoutRole, type Account, type Params, type PayoutRow, type SupplyTotals } from '../codec/types.js';
import { TxError } from '../tx/errors.js';
import { StateOverlay } from './overlay.js';
import type { StateReader } from './store.js';
import * as tables from './tables.js';

export interface BlockEnv {
  params: Params;
  height: bigint;
  /** Operator account of the block's proposer: receives FEE and VALIDATOR rows. */
  proposerOperator: Uint8Array;
}

/** A receipt line: what a tx (or the end-of-block sweep) did besides payouts. */
export interface StateEvent {
  type: string;
  attributes: Record<string, string>;
}

/**
 * SupplyTotals plus `transit`: tokens debited from a payer and not yet paid
 * out. Every block must end with transit = 0, so payouts can neither exceed
 * nor fall short of what was taken.
 */
export type LedgerTotals = SupplyTotals & { transit: bigint };
// Buckets other than balances, which only writeAccount changes.
type Bucket = Exclude<keyof LedgerTotals, 'burned' | 'balances'>;
const EMPTY_ACCOUNT: Account = { balance: 0n, nonce: 0n };

export class Scope {
  readonly overlay: StateOverlay;
  readonly rows: PayoutRow[] = [];
  readonly events: StateEvent[] = [];

  constructor(
    parent: StateReader,
    public totals: LedgerTotals,
    readonly env: BlockEnv,
  ) {
    this.overlay = new StateOverlay(parent);
  }

  child(): Scope {
    return new Scope(this.overlay, { ...this.totals }, this.env);
  }

  commitTo(parent: Scope): void {
    this.overlay.commitTo(parent.overlay);
    parent.totals = this.totals;
    // One at a time: a block's end scope can hold more events than a call's arguments.
    for (const row of this.rows) parent.rows.push(row);
    for (const event of this.events) parent.events.push(event);
  }

  emit(type: string, attributes: Record<string, string>): void {
    this.events.push({ type, attributes });
  }

  async account(address: Uint8Array): Promise<Account> {
    return (await tables.accounts.get(this.overlay, address)) ?? EMPTY_ACCOUNT;
  }

  /**
   * The only writer of accounts. `balances` follows the real change of each
   * balance, while every other bucket moves only by explicit transfers, so
   * tokens created or lost in a balance break the supply rule at block end.
   */
  writeAccount(address: Uint8Array, before: Account, after: Account): void {
    this.totals = { ...this.totals, balances: this.totals.balances + after.balance - before.balance };
    if (after.balance === 0n && after.nonce === 0n) tables.accounts.del(this.overlay, address);
    else tables.accounts.put(this.overlay, after, address);
  }

  /** Uses the signer's nonce and takes its tx fee into transit (the caller checked both). */
  chargeFee(address: Uint8Array, acc: Account, fee: bigint): void {
    this.writeAccount(address, acc, { balance: acc.balance - fee, nonce: acc.nonce + 1n });
    this.give('transit', fee);
  }

  /** Takes `amount` from a balance into bucket `to` (INSUFFICIENT_FUNDS if it is not there). */
  async debit(address: Uint8Array, amount: bigint, to: Bucket | 'burned'): Promise<void> {
    const acc = await this.account(address);
    if (acc.balance < amount) {
      throw new TxError('INSUFFICIENT_FUNDS', `balance ${acc.balance} is less than ${amount}`, {
        balance: acc.balance,
        needed: amount,
      });
    }
    this.writeAccount(address, acc, { ...acc, balance: acc.balance - amount });
    this.give(to, amount);
  }

  /** Adds `amount`, taken from bucket `from`, to a balance. */
  async credit(address: Uint8Array, amount: bigint, from: Bucket): Promise<void> {
    this.take(from, amount);
    const acc = await this.account(address);
    this.writeAccount(address, acc, { ...acc, balance: acc.balance + amount });
  }

  /**
   * A payout row to an account, paid from what this tx's payer put in
   * transit; DATA rows name the contribution paid. No row for 0.
   */
  async payRow(txIndex: number, role: PayoutRole, recipient: Uint8Array, amount: bigint, contributionId: Uint8Array = new Uint8Array(0)): Promise<void> {
    if (amount === 0n) return;
    await this.credit(recipient, amount, 'transit');
    this.rows.push({ txIndex, role, recipient, contributionId, amount });
  }

  /** Records a POOL row; the caller has already moved the amount into the pool. */
  poolRow(txIndex: number, poolId: Uint8Array, amount: bigint): void {
    this.rows.push({ txIndex, role: PayoutRole.POOL, recipient: poolId, contributionId: new Uint8Array(0), amount });
  }

  /** Moves an amount between supply buckets (or into `burned`). */
  move(from: Bucket, to: Bucket | 'burned', amount: bigint): void {
    this.take(from, amount);
    this.give(to, amount);
  }

  private take(from: Bucket, amount: bigint): void {
    if (amount < 0n || this.totals[from] < amount) throw new Error(`supply bucket ${from} cannot give ${amount}`);
    this.totals = { ...this.totals, [from]: this.totals[from] - amount };
  }

  private give(to: Bucket | 'burned', amount: bigint): void {
    this.totals = { ...this.totals, [to]: this.totals[to] + amount };
  }
}

/** Supply as DESIGN §2 counts it: everything but what was burned. */
export function supplyOf(t: LedgerTotals): bigint {
  return t.balances + t.contributionStakes + t.validatorStakes + t.unbonding + t.pools + t.transit;
}

/** The tx a payload handler runs for. */
export interface TxInfo {
  index: number;
  hash: Uint8Array;
  /** Address of the signer. */
  sender: Uint8Array;
}
