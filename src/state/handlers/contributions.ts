/**
 * The contribution lifecycle (docs/protocol.md §7): Contribute, Curate,
 * Retire and the end-of-block sweep. Index entries (content refs, duplicate
 * lists, schedule) are kept exactly in step with each status change, so the
 * sweep and re-promotion never scan more than the entries that concern them.
 */
import {
  ContributionStatus as S,
  Verdict,
  type Contribute,
  type Contribution,
  type Curate,
  type Retire,
} from '../../codec/types.js';
import { bytesEqual, toHex } from '../../crypto/bytes.js';
import { TxError } from '../../tx/errors.js';
import { deriveId } from '../../tx/hash.js';
import { keys, ScheduleKind } from '../keys.js';
import { countMember } from '../member-counts.js';
import type { Scope, TxInfo } from '../scope.js';
import * as tables from '../tables.js';
import { authorized, EMPTY, found, isOwner } from './common.js';
import { indexOriginal, nearOriginal, unindexOriginal } from './lsh-index.js';

export async function applyContribute(s: Scope, tx: TxInfo, p: Contribute): Promise<void> {
  const datanet = found(await tables.datanets.get(s.overlay, p.datanetId), 'Datanet', p.datanetId);
  await s.debit(tx.sender, datanet.contributionStake, 'contributionStakes');
  const id = deriveId('contribution', tx.hash);
  const c: Contribution = {
    datanetId: p.datanetId,
    owner: tx.sender,
    contentHash: p.contentHash,
    sizeBytes: p.sizeBytes,
    sketch: p.sketch,
    uri: p.uri,
    status: S.PENDING,
    duplicateOf: EMPTY,
    stake: datanet.contributionStake,
    height: s.env.height,
    txIndex: tx.index,
    acceptedHeight: 0n,
    dueHeight: 0n,
    endedHeight: 0n,
    indexedHeight: 0n,
  };
  // An exact copy, else a near copy, of a live original of this Datanet: earns nothing, stake stays locked.
  const original = (await exactOriginal(s, p.datanetId, p.contentHash)) ?? (await nearOriginal(s, p.datanetId, p.sketch));
  if (original !== undefined) {
    c.status = S.DUPLICATE;
    c.duplicateOf = original;
    s.overlay.put(keys.duplicate(original, c.height, c.txIndex), id);
  } else {
    tables.contents.put(s.overlay, { original: id }, p.datanetId, p.contentHash);
    c.indexedHeight = await indexOriginal(s, id, c);
    if (datanet.autoAccept) {
      c.dueHeight = s.env.height + datanet.challengeBlocks;
      s.overlay.put(keys.schedule(c.dueHeight, ScheduleKind.AUTO_ACCEPT, id), EMPTY);
    }
  }
  tables.contributions.put(s.overlay, c, id);
  s.emit('contribution_added', {
    id: toHex(id),
    datanet: toHex(p.datanetId),
    status: c.status === S.DUPLICATE ? 'DUPLICATE' : 'PENDING',
    ...(c.status === S.DUPLICATE ? { duplicate_of: toHex(c.duplicateOf) } : {}),
  });
}

/** The live original this content hash belongs to (a ContentRef whose original has since left is stale). */
async function exactOriginal(s: Scope, datanetId: Uint8Array, contentHash: Uint8Array): Promise<Uint8Array | undefined> {
  const ref = await tables.contents.get(s.overlay, datanetId, contentHash);
  if (ref === undefined) return undefined;
  const original = await tables.contributions.get(s.overlay, ref.original);
  return original?.status === S.PENDING || original?.status === S.ACCEPTED ? ref.original : undefined;
}

export async function applyCurate(s: Scope, tx: TxInfo, p: Curate): Promise<void> {
  const c = found(await tables.contributions.get(s.overlay, p.contributionId), 'contribution', p.contributionId);
  const datanet = found(await tables.datanets.get(s.overlay, c.datanetId), 'Datanet', c.datanetId);
  authorized(
    datanet.curators.some((a) => bytesEqual(a, tx.sender)),
    'only a curator of the Datanet can curate its contributions',
  );
  if (p.verdict === Verdict.ACCEPT) {
    if (c.status === S.DUPLICATE) await acceptNearCopy(s, p.contributionId, c);
    else if (c.status === S.PENDING) await accept(s, p.contributionId, c);
    else throw badStatus(c, 'accept');
  } else {
    const rejectable =
      c.status === S.PENDING || c.status === S.ACCEPTED || c.status === S.DUPLICATE || (c.status === S.RETIRED && c.stake > 0n);
    if (!rejectable) throw badStatus(c, 'reject');
    await reject(s, p.contributionId, c, p.reason);
  }
}

export async function applyRetire(s: Scope, tx: TxInfo, p: Retire): Promise<void> {
  const id = p.contributionId;
  const c = found(await tables.contributions.get(s.overlay, id), 'contribution', id);
  authorized(isOwner(c.owner, tx.sender), 'only the contributor can retire a contribution');
  if (c.status !== S.PENDING && c.status !== S.ACCEPTED && c.status !== S.DUPLICATE) throw badStatus(c, 'retire');
  const datanet = await tables.datanets.get(s.overlay, c.datanetId);
  await leaveStatus(s, id, c);
  // A retiring original hands its place to its earliest copy, as a rejected one does.
  if (c.status !== S.DUPLICATE) await leaveOriginal(s, id, c);
  const unlockHeight = s.env.height + datanet!.challengeBlocks;
  s.overlay.put(keys.schedule(unlockHeight, ScheduleKind.UNLOCK, id), EMPTY);
  tables.contributions.put(
    s.overlay,
    { ...c, status: S.RETIRED, endedHeight: s.env.height, dueHeight: unlockHeight, indexedHeight: 0n },
    id,
  );
  s.emit('contribution_retired', { id: toHex(id), unlock_height: unlockHeight.toString() });
}

/** A contribution's schedule entry due at this height (the entry is already deleted): an auto-accept or a stake unlock. */
export async function sweepContribution(s: Scope, kind: number, id: Uint8Array): Promise<void> {
  const c = await tables.contributions.get(s.overlay, id);
  if (kind === ScheduleKind.AUTO_ACCEPT && c?.status === S.PENDING) {
    await accept(s, id, c);
  } else if (kind === ScheduleKind.UNLOCK && c?.status === S.RETIRED) {
    await s.credit(c.owner, c.stake, 'contributionStakes');
    tables.contributions.put(s.overlay, { ...c, stake: 0n, dueHeight: 0n }, id);
    s.emit('stake_unlocked', { id: toHex(id), owner: toHex(c.owner), amount: c.stake.toString() });
  } else {
    throw new Error(`schedule entry ${kind}/${toHex(id)} out of step with its contribution`);
  }
}

function badStatus(c: Contribution, action: string): TxError {
  const status = Object.keys(S).find((k) => S[k as keyof typeof S] === c.status);
  return new TxError('BAD_STATUS', `cannot ${action} a contribution that is ${status}`, { status });
}

async function accept(s: Scope, id: Uint8Array, c: Contribution): Promise<void> {
  await leaveStatus(s, id, c);
  await countMember(s, c.datanetId, 'accepted');
  tables.contributions.put(s.overlay, { ...c, status: S.ACCEPTED, acceptedHeight: s.env.height, dueHeight: 0n }, id);
  s.emit('contribution_accepted', { id: toHex(id) });
}

async function reject(s: Scope, id: Uint8Array, c: Contribution, reason: string): Promise<void> {
  await leaveStatus(s, id, c);
  s.move('contributionStakes', 'burned', c.stake);
  // A live original hands its place to its earliest copy (a retired one already did).
  if (c.status === S.PENDING || c.status === S.ACCEPTED) await leaveOriginal(s, id, c);
  tables.contributions.put(
    s.overlay,
    { ...c, status: S.REJECTED, stake: 0n, dueHeight: 0n, endedHeight: s.env.height, indexedHeight: 0n },
    id,
  );
  s.emit('contribution_rejected', { id: toHex(id), burned: c.stake.toString(), reason });
}

/** Undoes the index entries and counts of the status `c` is leaving. */
async function leaveStatus(s: Scope, id: Uint8Array, c: Contribution): Promise<void> {
  switch (c.status) {
    case S.PENDING:
      if (c.dueHeight > 0n) s.overlay.del(keys.schedule(c.dueHeight, ScheduleKind.AUTO_ACCEPT, id));
      return;
    case S.ACCEPTED:
      await countMember(s, c.datanetId, 'removed');
      return;
    case S.DUPLICATE:
      s.overlay.del(keys.duplicate(c.duplicateOf, c.height, c.txIndex));
      return;
    case S.RETIRED:
      s.overlay.del(keys.schedule(c.dueHeight, ScheduleKind.UNLOCK, id));
      return;
  }
}

/**
 * A curator judges a near copy distinct from its original: it leaves the
 * original's copies and becomes an ACCEPTED original itself. An exact copy
 * cannot (EXACT_DUPLICATE): of its own original, or of another live
 * original that owns its content (a copy of a near copy accepted before it).
 */
async function acceptNearCopy(s: Scope, id: Uint8Array, c: Contribution): Promise<void> {
  const original = await tables.contributions.get(s.overlay, c.duplicateOf);
  if (original === undefined || bytesEqual(original.contentHash, c.contentHash)) {
    throw new TxError('EXACT_DUPLICATE', 'an exact copy of an earlier contribution cannot be accepted');
  }
  const owner = await exactOriginal(s, c.datanetId, c.contentHash);
  if (owner !== undefined) {
    throw new TxError('EXACT_DUPLICATE', `its content belongs to the live original ${toHex(owner)}`, { original: toHex(owner) });
  }
  await leaveStatus(s, id, c);
  const asOriginal: Contribution = { ...c, duplicateOf: EMPTY };
  asOriginal.indexedHeight = await indexOriginal(s, id, asOriginal);
  tables.contents.put(s.overlay, { original: id }, c.datanetId, c.contentHash);
  await countMember(s, c.datanetId, 'accepted');
  tables.contributions.put(s.overlay, { ...asOriginal, status: S.ACCEPTED, acceptedHeight: s.env.height }, id);
  s.emit('contribution_accepted', { id: toHex(id), was_duplicate_of: toHex(c.duplicateOf) });
}

/** An original leaves (rejected or retired): out of the duplicate index, and its earliest copy takes its place. */
async function leaveOriginal(s: Scope, id: Uint8Array, c: Contribution): Promise<void> {
  await unindexOriginal(s, id, c);
  await promoteSuccessor(s, id, c);
}

/**
 * Re-promotion (DESIGN §3.2): when an original is rejected or retired, its earliest
 * duplicate by (height, tx index) becomes the original, PENDING with a fresh
 * challenge window, and the other duplicates are re-pointed to it. A copy
 * whose exact content already belongs to another live original (it copied a
 * near copy that a curator accepted later) cannot be that heir: it is
 * re-pointed to that owner instead, so one content never has two live
 * originals.
 */
async function promoteSuccessor(s: Scope, originalId: Uint8Array, original: Contribution): Promise<void> {
  let heirId: Uint8Array | undefined;
  for (const [key, copyId] of await s.overlay.scan(keys.duplicatesGroup(originalId))) {
    s.overlay.del(key);
    const copy = (await tables.contributions.get(s.overlay, copyId))!;
    const owner = await exactOriginal(s, copy.datanetId, copy.contentHash);
    const to = owner !== undefined && !bytesEqual(owner, originalId) ? owner : heirId;
    if (to === undefined) {
      heirId = copyId;
      continue;
    }
    tables.contributions.put(s.overlay, { ...copy, duplicateOf: to }, copyId);
    s.overlay.put(keys.duplicate(to, copy.height, copy.txIndex), copyId);
  }
  if (heirId === undefined) {
    tables.contents.del(s.overlay, original.datanetId, original.contentHash);
    return;
  }
  const datanet = await tables.datanets.get(s.overlay, original.datanetId);
  const heir: Contribution = { ...(await tables.contributions.get(s.overlay, heirId))!, status: S.PENDING, duplicateOf: EMPTY };
  heir.dueHeight = datanet!.autoAccept ? s.env.height + datanet!.challengeBlocks : 0n;
  if (heir.dueHeight > 0n) s.overlay.put(keys.schedule(heir.dueHeight, ScheduleKind.AUTO_ACCEPT, heirId), EMPTY);
  heir.indexedHeight = await indexOriginal(s, heirId, heir);
  tables.contributions.put(s.overlay, heir, heirId);
  // Both contents now belong to the heir (the same one unless the heir was a near copy).
  tables.contents.put(s.overlay, { original: heirId }, original.datanetId, original.contentHash);
  tables.contents.put(s.overlay, { original: heirId }, heir.datanetId, heir.contentHash);
  s.emit('contribution_promoted', { id: toHex(heirId), replaces: toHex(originalId) });
}
