#!/usr/bin/env python3
"""Regenerates docs/vectors/attribution.json (python3, stdlib only).

The largest-remainder splitter, the usage fee split, the fallback pool
arithmetic and the payout table (row encoding, sort order, payout_root) are
computed here from DESIGN §3.3-§3.4, independently of src/attribution/, so the
TypeScript tests that read the file cross-check two implementations.

Run from anywhere: python3 scripts/vectors/attribution.py
"""
import hashlib
import json
from pathlib import Path

OUT = Path(__file__).resolve().parents[2] / 'docs' / 'vectors' / 'attribution.json'

U64_MAX = 2**64 - 1
FEE, VALIDATOR, OWNER, DATA, POOL, BURN = range(1, 7)


def hx(data):
    return '0x' + data.hex()


def sha256(data):
    return hashlib.sha256(data).digest()


def key(label, length=20):
    """A deterministic id of `length` bytes (20 = an address, 32 = a hash)."""
    return sha256(label.encode())[:length]


# ---- splitter: floor shares, then leftover units by remainder, ties by hash ----
def split(amount, entries, tie_seed):
    """entries: [(key bytes, weight)]; returns shares in input order."""
    total = sum(weight for _, weight in entries)
    assert amount >= 0 and total > 0 and len({k for k, _ in entries}) == len(entries)
    shares = []
    order = []
    for i, (k, weight) in enumerate(entries):
        q, r = divmod(amount * weight, total)
        shares.append(q)
        # Sort key: larger remainder first, then smaller sha256(seed || key).
        order.append((-r, sha256(tie_seed + k), i))
    leftover = amount - sum(shares)
    for _, _, i in sorted(order)[:leftover]:
        shares[i] += 1
    return shares


def split_case(name, amount, entries, seed):
    return {
        'name': name,
        'amount': str(amount),
        'tieSeed': hx(seed),
        'entries': [{'key': hx(k), 'weight': str(w)} for k, w in entries],
        'shares': [str(s) for s in split(amount, entries, seed)],
    }


def split_cases():
    seed = sha256(b'usage tx')
    a, b, c, d = key('a'), key('b'), key('c'), key('d')
    return [
        split_case('exact division', 100, [(a, 1), (b, 2), (c, 7)], seed),
        split_case('one leftover unit, distinct remainders', 100, [(a, 1), (b, 2), (c, 4)], seed),
        split_case('equal weights, one leftover: the tie hash decides', 10, [(a, 1), (b, 1), (c, 1)], seed),
        split_case('equal weights, two leftovers: the tie hash decides', 11, [(a, 5), (b, 5), (c, 5)], seed),
        split_case('ties decide inside the second remainder group', 5, [(a, 2), (b, 2), (c, 1), (d, 1)], seed),
        split_case('same entries, other seed', 5, [(a, 2), (b, 2), (c, 1), (d, 1)], sha256(b'other usage tx')),
        split_case('zero weights get zero', 10, [(a, 0), (b, 3), (c, 0), (d, 4)], seed),
        split_case('a single entry takes everything', 12345, [(key('only', 32), 7)], seed),
        split_case('amount 0', 0, [(a, 3), (b, 5)], seed),
        split_case('keys of different lengths, one empty', 7, [(b'', 1), (b'\x00', 1), (key('long', 32), 1)], seed),
        split_case('amount 2^64 - 1, prime weights', U64_MAX, [(a, 7), (b, 11), (c, 13)], seed),
        split_case('amount 2^64 - 2, weights near 2^63', U64_MAX - 1, [(a, 2**63), (b, 2**63 - 1), (c, 1)], seed),
        split_case('raw scores as weights', 1_000_003,
                   [(key('s%d' % i, 32), w) for i, w in enumerate([981, 17, 17, 1, 333_333_333])], seed),
    ]


# ---- usage fee: validator and owner by floor of bps, the rest to Datanets ----
def usage_fee_case(name, fee_paid, validator_bps, owner_bps, datanets, tx_hash):
    validator = fee_paid * validator_bps // 10_000
    owner = fee_paid * owner_bps // 10_000
    data = fee_paid - validator - owner
    parts = split(data, datanets, tx_hash)
    return {
        'name': name,
        'feePaid': str(fee_paid),
        'validatorBps': validator_bps,
        'ownerShareBps': owner_bps,
        'usageTxHash': hx(tx_hash),
        'datanets': [{'datanetId': hx(k), 'weightBps': w} for k, w in datanets],
        'validator': str(validator),
        'owner': str(owner),
        'data': str(data),
        'datanetParts': [str(p) for p in parts],
    }


def usage_fee_cases():
    d1, d2, d3 = key('datanet 1', 32), key('datanet 2', 32), key('datanet 3', 32)
    return [
        usage_fee_case('round numbers', 1_000_000, 1_000, 2_000, [(d1, 6_000), (d2, 4_000)], sha256(b'tx 1')),
        usage_fee_case('fee 1: all to data, Datanets tie', 1, 1_000, 2_000, [(d1, 5_000), (d2, 5_000)], sha256(b'tx 2')),
        usage_fee_case('no validator or owner share, thirds', 12_345, 0, 0,
                       [(d1, 3_333), (d2, 3_333), (d3, 3_334)], sha256(b'tx 3')),
        usage_fee_case('odd bps, a zero-weight Datanet', 999, 1_234, 4_321,
                       [(d1, 0), (d2, 7_000), (d3, 3_000)], sha256(b'tx 4')),
        usage_fee_case('fee 2^64 - 1, bps summing to 10000', U64_MAX, 500, 9_500,
                       [(d1, 2_500), (d2, 7_500)], sha256(b'tx 5')),
        usage_fee_case('fee 2^64 - 1, one Datanet', U64_MAX, 1_000, 3_333, [(d3, 10_000)], sha256(b'tx 6')),
    ]


# ---- fallback pool: per-member accrual with an exact carry ----
def pool_case(name, members, deposits):
    per_member, carry, after = 0, 0, []
    for deposit in deposits:
        per_member, carry = per_member + (deposit + carry) // members, (deposit + carry) % members
        after.append({'perMember': str(per_member), 'carry': str(carry)})
    assert members * per_member + carry == sum(deposits)
    return {'name': name, 'members': str(members), 'deposits': [str(x) for x in deposits], 'after': after}


def pool_cases():
    return [
        pool_case('3 members, small deposits', 3, [10, 1, 1, 0, 7]),
        pool_case('1 member: never a carry', 1, [5, 0, 2**40]),
        pool_case('7 members, carry builds up to a unit each', 7, [1, 1, 1, 1, 1, 1, 1, 6, 13]),
        pool_case('a million members, large deposits', 1_000_000, [2**63, 999_999, 1, 10**18 + 7]),
    ]


# ---- payout rows: canonical proto3, fields in number order, defaults omitted ----
def uvarint(n):
    groups = [n & 0x7F]
    n >>= 7
    while n:
        groups.append(n & 0x7F)
        n >>= 7
    return bytes([g | 0x80 for g in groups[:-1]] + groups[-1:])


def encode_row(row):
    out = b''
    for number, value in enumerate(row_order(row), 1):
        if not value:
            continue
        if isinstance(value, bytes):
            out += uvarint(number << 3 | 2) + uvarint(len(value)) + value
        else:
            out += uvarint(number << 3) + uvarint(value)
    return out


def row_order(row):
    # Fields in number order, which is also the sort order; Python compares
    # bytes lexicographically, a shorter prefix first.
    return (row['txIndex'], row['role'], row['recipient'], row['contributionId'], row['amount'])


def merkle_root(items):
    if not items:
        return sha256(b'')
    level = [sha256(b'\x00' + item) for item in items]
    while len(level) > 1:
        pairs = [level[i:i + 2] for i in range(0, len(level), 2)]
        level = [sha256(b'\x01' + p[0] + p[1]) if len(p) == 2 else p[0] for p in pairs]
    return level[0]


def row(tx_index, role, recipient, amount, contribution_id=b''):
    return {'txIndex': tx_index, 'role': role, 'recipient': recipient, 'contributionId': contribution_id, 'amount': amount}


def row_json(r):
    return {'txIndex': r['txIndex'], 'role': r['role'], 'recipient': hx(r['recipient']),
            'contributionId': hx(r['contributionId']), 'amount': str(r['amount'])}


def payout_case(name, rows):
    ordered = sorted(rows, key=row_order)
    encoded = [encode_row(r) for r in ordered]
    return {
        'name': name,
        'rows': [row_json(r) for r in rows],
        'sortedRows': [row_json(r) for r in ordered],
        'encodedRows': [hx(e) for e in encoded],
        'root': hx(merkle_root(encoded)),
    }


def payout_cases():
    operator, owner, alice, bob = key('operator'), key('model owner'), key('alice'), key('bob')
    pool_id = sha256(b'pool' + key('model', 32) + (1).to_bytes(4, 'big') + key('datanet 1', 32))
    c1, c2, c3 = key('contribution 1', 32), key('contribution 2', 32), key('contribution 3', 32)
    block = [
        row(1, DATA, bob, 120, c3),
        row(0, FEE, operator, 1_000),
        row(1, POOL, pool_id, 300),
        row(1, BURN, b'', 5),
        row(1, DATA, alice, 200, c2),
        row(1, OWNER, owner, 250),
        row(1, VALIDATOR, operator, 100),
        row(1, DATA, alice, 200, c1),
        row(1, FEE, operator, 1_000),
        row(1, DATA, alice, 199, c1),
        row(0, FEE, operator[:19], 1),
    ]
    edges = [
        row(300, FEE, operator, U64_MAX),
        row(10, BURN, b'', 2**63),
        row(2, POOL, pool_id, 1),
        row(10, FEE, b'\x01', 127),
        row(10, FEE, b'\x01\x00', 128),
    ]
    return [
        payout_case('a block: fees, a usage with every role, ties down to the amount', block),
        payout_case('edges: multi-byte varints, prefix recipients, 5 rows', edges),
    ]


def main():
    OUT.parent.mkdir(parents=True, exist_ok=True)
    value = {'split': split_cases(), 'usageFee': usage_fee_cases(), 'pool': pool_cases(), 'payoutTable': payout_cases()}
    OUT.write_text(json.dumps(value, indent=2) + '\n')
    print(OUT)


if __name__ == '__main__':
    main()
