/**
 * Stake-weighted proposer rotation: CometBFT's proposer-priority algorithm
 * (docs/consensus.md "Proposer rotation"), in bigint so no power is too
 * large. Each step adds every validator's power to its priority, elects the
 * highest (ties: smaller consensus key) and takes the total power off the
 * one elected, so over any window each validator proposes in proportion to
 * its power, interleaved rather than in runs.
 *
 * Height h's proposer for round 0 is elected by step h from all-zero
 * priorities; round r of height h continues r more steps from there (on a
 * copy: rounds do not carry over to the next height), as CometBFT does.
 */
import type { Validator } from '../codec/types.js';
import { compareBytes } from '../crypto/bytes.js';

/** How far apart priorities may drift, in multiples of the total power (CometBFT's PriorityWindowSizeFactor). */
const WINDOW_FACTOR = 2n;

interface Slot {
  key: Uint8Array;
  power: bigint;
  priority: bigint;
}

/** Floor division for a positive divisor (Go's big.Int Div, which CometBFT uses for the average). */
function floorDiv(a: bigint, b: bigint): bigint {
  const q = a / b;
  return a % b !== 0n && a < 0n ? q - 1n : q;
}

class Priorities {
  readonly total: bigint;

  constructor(readonly slots: Slot[]) {
    this.total = slots.reduce((n, s) => n + s.power, 0n);
  }

  static initial(validators: readonly Validator[]): Priorities {
    if (validators.length === 0) throw new RangeError('empty validator set');
    if (validators.some((v) => v.power <= 0n)) throw new RangeError('validator power must be positive');
    const slots = [...validators]
      .sort((a, b) => compareBytes(a.consensusKey, b.consensusKey))
      .map((v) => ({ key: v.consensusKey, power: v.power, priority: 0n }));
    return new Priorities(slots);
  }

  copy(): Priorities {
    return new Priorities(this.slots.map((s) => ({ ...s })));
  }

  /** One election, after re-centring as CometBFT does before each batch of increments; returns the proposer's key. */
  step(): Uint8Array {
    this.rescale();
    this.centre();
    for (const s of this.slots) s.priority += s.power;
    let best = this.slots[0]!;
    for (const s of this.slots) {
      if (s.priority > best.priority) best = s; // slots are in key order, so ties keep the smaller key
    }
    best.priority -= this.total;
    return best.key;
  }

  /** Divides every priority by ⌈spread / window⌉ (truncating toward zero, as Go's `/`) when they drift too far apart. */
  private rescale(): void {
    const window = WINDOW_FACTOR * this.total;
    const priorities = this.slots.map((s) => s.priority);
    const spread = priorities.reduce((a, b) => (a > b ? a : b)) - priorities.reduce((a, b) => (a < b ? a : b));
    if (spread <= window) return;
    const ratio = (spread + window - 1n) / window;
    for (const s of this.slots) s.priority /= ratio;
  }

  /** Subtracts the average priority (floored) from each, so priorities stay around zero. */
  private centre(): void {
    const average = floorDiv(
      this.slots.reduce((n, s) => n + s.priority, 0n),
      BigInt(this.slots.length),
    );
    for (const s of this.slots) s.priority -= average;
  }
}

/**
 * The proposers of one validator set, height after height. Heights are
 * walked forward from the last one asked (from height 1 the first time), so
 * a node asks for its heights in order and pays one step per height.
 * Within the current height the rounds computed so far are kept, and a
 * later round continues from the last one computed: reaching round r costs
 * r steps once, however often and in whatever order rounds are asked
 * (O(1) amortised per round the node reaches; the engine never asks for a
 * round it has not reached or been shown +1/3 of the power in).
 */
export class ProposerSchedule {
  private at: Priorities;
  /** The height whose round-0 election `at` holds (fromHeight − 1: none yet). */
  private height: bigint;
  /** The proposers of rounds 0… of `height` computed so far, and the priorities after the last of them. */
  private rounds: Uint8Array[] = [];
  private roundsAt: Priorities | undefined;

  /**
   * `validators` sign from `fromHeight` on (the height of the set's last
   * change, docs/staking.md): priorities start from zero there, and height
   * fromHeight + n is the (n+1)-th election.
   */
  constructor(
    private readonly validators: readonly Validator[],
    readonly fromHeight = 1n,
  ) {
    this.at = Priorities.initial(validators);
    this.height = fromHeight - 1n;
  }

  /** The consensus key of the proposer of (height, round). */
  proposer(height: bigint, round: number): Uint8Array {
    if (height < this.fromHeight || !Number.isInteger(round) || round < 0) throw new RangeError(`no proposer for height ${height} round ${round}`);
    if (height < this.height) {
      this.at = Priorities.initial(this.validators);
      this.height = this.fromHeight - 1n;
    }
    if (this.height < height) {
      while (this.height < height) {
        const chosen = this.at.step();
        this.height += 1n;
        if (this.height === height) this.rounds = [chosen];
      }
      this.roundsAt = undefined;
    }
    // Rounds continue on a copy: they do not carry over to the next height.
    while (this.rounds.length <= round) {
      this.roundsAt ??= this.at.copy();
      this.rounds.push(this.roundsAt.step());
    }
    return this.rounds[round]!;
  }
}
