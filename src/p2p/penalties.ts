/**
 * Dropping misbehaving peers. Gossipsub's score already stops gossiping
 * with a peer whose messages fail validation; on top of that a peer that
 * sends STRIKES invalid messages within WINDOW_MS is disconnected and
 * refused (both directions) for BAN_MS, so it costs no more bandwidth or
 * checks. Honest peers never send an invalid message: they validate before
 * forwarding.
 */
export const STRIKES = 3;
export const WINDOW_MS = 60_000;
export const BAN_MS = 5 * 60_000;

export class PeerPenalties {
  private readonly strikes = new Map<string, number[]>();
  private readonly bannedUntil = new Map<string, number>();

  constructor(private readonly now: () => number = Date.now) {}

  /** Records an invalid message from `peer`; true when that gets it banned now. */
  strike(peer: string): boolean {
    const t = this.now();
    const recent = (this.strikes.get(peer) ?? []).filter((at) => at > t - WINDOW_MS);
    recent.push(t);
    this.strikes.set(peer, recent);
    if (recent.length < STRIKES || this.isBanned(peer)) return false;
    this.bannedUntil.set(peer, t + BAN_MS);
    this.strikes.delete(peer);
    return true;
  }

  isBanned(peer: string): boolean {
    const until = this.bannedUntil.get(peer);
    if (until === undefined) return false;
    if (until > this.now()) return true;
    this.bannedUntil.delete(peer);
    return false;
  }
}
