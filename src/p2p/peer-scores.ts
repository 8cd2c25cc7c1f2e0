/**
 * What each peer has cost this node (docs/p2p.md "Peer scores"), fed to
 * gossipsub as its application-specific score and used to cut peers off:
 * - a strike for every message with a `reject` verdict (verdicts.ts): an
 *   invalid tx, block, proposal or sync answer, a fake "ahead" announcement;
 *   STRIKES within WINDOW_MS and the peer is disconnected and refused in both
 *   directions for BAN_MS. Honest peers never earn one: they check before
 *   they forward.
 * - its txs' usefulness: over TX_WINDOW_MS, once at least MIN_JUDGED of the
 *   txs it sent were judged (admitted, or refused as `useless`; repeats and
 *   late copies of committed txs are neutral), more than half useless is a
 *   strike. Every tx reaches a node from several peers, often after its
 *   block, which is why repeats and late copies do not count.
 * - slowness: a sync request it timed out on or answered with nothing while
 *   claiming more marks it slow for SLOW_MS: sync asks others first, and its
 *   gossipsub score is lowered, but it is not banned (a loaded honest node is
 *   slow too).
 * At most MAX_TRACKED peers are remembered (the least recently seen that
 * are not banned go first).
 */
export const STRIKES = 3;
export const WINDOW_MS = 60_000;
export const BAN_MS = 5 * 60_000;
export const TX_WINDOW_MS = 60_000;
export const MIN_JUDGED = 1_000;
export const SLOW_MS = 30_000;
const MAX_TRACKED = 4_096;
/** gossipsub score points (weight 1) per strike in the window, and while slow. */
const STRIKE_SCORE = -20;
const SLOW_SCORE = -5;

interface PeerRecord {
  strikes: number[];
  bannedUntil: number;
  slowUntil: number;
  txSince: number;
  useful: number;
  useless: number;
}

export class PeerScores {
  private readonly peers = new Map<string, PeerRecord>();

  constructor(private readonly now: () => number = Date.now) {}

  /** Records a rejected message from `peer`; true when that gets it banned now (the caller hangs up). */
  strike(peer: string): boolean {
    const r = this.record(peer);
    const t = this.now();
    r.strikes = r.strikes.filter((at) => at > t - WINDOW_MS);
    r.strikes.push(t);
    if (r.strikes.length < STRIKES || r.bannedUntil > t) return false;
    r.bannedUntil = t + BAN_MS;
    r.strikes = [];
    return true;
  }

  /** Records what became of the txs of one batch from `peer`; true when that gets it banned now. */
  txs(peer: string, useful: number, useless: number): boolean {
    const r = this.record(peer);
    const t = this.now();
    if (t - r.txSince > TX_WINDOW_MS) Object.assign(r, { txSince: t, useful: 0, useless: 0 });
    r.useful += useful;
    r.useless += useless;
    const judged = r.useful + r.useless;
    if (judged < MIN_JUDGED || r.useless * 2 <= judged) return false;
    Object.assign(r, { txSince: t, useful: 0, useless: 0 });
    return this.strike(peer);
  }

  /** `peer` timed out on a sync request, or answered with nothing while claiming more. */
  slow(peer: string): void {
    this.record(peer).slowUntil = this.now() + SLOW_MS;
  }

  isSlow(peer: string): boolean {
    return (this.peers.get(peer)?.slowUntil ?? 0) > this.now();
  }

  isBanned(peer: string): boolean {
    return (this.peers.get(peer)?.bannedUntil ?? 0) > this.now();
  }

  /** gossipsub's P5 term for `peer`: negative for recent strikes and while slow, else 0. */
  appScore(peer: string): number {
    const r = this.peers.get(peer);
    if (r === undefined) return 0;
    const t = this.now();
    const strikes = r.strikes.filter((at) => at > t - WINDOW_MS).length;
    return strikes * STRIKE_SCORE + (r.slowUntil > t ? SLOW_SCORE : 0);
  }

  private record(peer: string): PeerRecord {
    let r = this.peers.get(peer);
    if (r !== undefined) {
      this.peers.delete(peer); // to the back: most recently seen
    } else {
      r = { strikes: [], bannedUntil: 0, slowUntil: 0, txSince: this.now(), useful: 0, useless: 0 };
      if (this.peers.size >= MAX_TRACKED) this.forgetOne();
    }
    this.peers.set(peer, r);
    return r;
  }

  /** Forgets the least recently seen peer that is not banned (a ban must outlast any flood of new peer ids). */
  private forgetOne(): void {
    const t = this.now();
    for (const [peer, r] of this.peers) {
      if (r.bannedUntil <= t) {
        this.peers.delete(peer);
        return;
      }
    }
    this.peers.delete(this.peers.keys().next().value!);
  }
}
