#!/usr/bin/env python3
"""Regenerates docs/vectors/lsh.json (python3, stdlib only).

An independent implementation of the banding rule of docs/attribution.md
"Redundancy" (attribution version 1): a sketch of k uint32 big-endian values
is cut into `bands` bands of `rows` consecutive positions, and band b's
bucket key is the first 8 bytes of
    sha256("attrib-lsh-v1" || u8(index id) || u16be(b) || the band's bytes)
with index id 1 for the duplicate index and 2 for the match index. Written
from the document, not from src/attribution/lsh.ts;
test/unit/attribution/lsh-vectors.test.ts checks the TypeScript against it.

The sketches are made from sha256 counters, so anyone can rebuild them:
value j of sketch `name` is the first 4 bytes of
sha256("lsh-vector" || name || u32be(j)).

It also writes the documentation figures: for each index, the probability
that a pair with similarity s shares at least one bucket, (1) with positions
equal independently with probability s/k and (2) with exactly s equal
positions placed uniformly (exact count, one division at the end).

Run from anywhere: python3 scripts/vectors/lsh.py
"""
import hashlib
import json
from fractions import Fraction
from math import comb, expm1, log1p
from pathlib import Path

OUT = Path(__file__).resolve().parents[2] / 'docs' / 'vectors' / 'lsh.json'

DOMAIN = b'attrib-lsh-v1'
KEY_BYTES = 8
INDEX_ID = {'dup': 1, 'match': 2}
K = 128
PARAMS = {
    'dup': {'bands': 21, 'rows': 6, 'bucketCap': 64},
    'match': {'bands': 64, 'rows': 2, 'bucketCap': 64},
}
SIMILARITIES = [0, 4, 13, 20, 26, 32, 40, 52, 64, 77, 90, 96, 103, 110, 115, 128]


def band_keys(sketch, bands, rows, index):
    """One key per band; positions from bands*rows on are not used."""
    assert len(sketch) % 4 == 0 and bands * rows <= len(sketch) // 4
    keys = []
    for b in range(bands):
        preimage = DOMAIN + bytes([INDEX_ID[index]]) + b.to_bytes(2, 'big') + sketch[4 * rows * b:4 * rows * (b + 1)]
        keys.append(hashlib.sha256(preimage).digest()[:KEY_BYTES])
    return keys


def counter_sketch(name, k=K):
    return b''.join(hashlib.sha256(b'lsh-vector' + name.encode() + j.to_bytes(4, 'big')).digest()[:4] for j in range(k))


def hexs(b):
    return '0x' + b.hex()


def p_independent(s, k, bands, rows):
    hit = (s / k) ** rows
    return -expm1(bands * log1p(-hit)) if hit < 1 else 1.0


def p_uniform(s, k, bands, rows):
    # Coefficient of x^s in (sum_{j<rows} C(rows,j) x^j)^bands * (1+x)^(k-bands*rows):
    # the s-subsets of positions that leave every band with an unequal position.
    poly = [comb(k - bands * rows, i) for i in range(k - bands * rows + 1)]
    band = [comb(rows, j) for j in range(rows)]
    for _ in range(bands):
        out = [0] * (len(poly) + rows - 1)
        for i, x in enumerate(poly):
            for j, y in enumerate(band):
                out[i + j] += x * y
        poly = out
    misses = poly[s] if s < len(poly) else 0
    return float(1 - Fraction(misses, comb(k, s)))


def main():
    a = counter_sketch('a')
    b = counter_sketch('b')
    # 'a-edited': sketch a with the values of b at positions 7, 8 and 100..127, so
    # it agrees with a on dup bands 0, 2..15 and match bands 0..2, 5..49.
    a_edited = bytearray(a)
    for j in [7, 8] + list(range(100, 128)):
        a_edited[4 * j:4 * j + 4] = b[4 * j:4 * j + 4]
    a_edited = bytes(a_edited)
    # 'a-tail': a with positions 126 and 127 changed: unused by the dup index.
    a_tail = a[:4 * 126] + b[4 * 126:]
    short = bytes.fromhex('0badf00d') * K  # content of 1-4 tokens: one value everywhere
    empty = b'\xff' * (4 * K)  # content without tokens: not indexed
    sketches = [('a', a), ('b', b), ('a-edited', a_edited), ('a-tail', a_tail), ('one-value', short), ('empty', empty)]
    cases = []
    for name, sketch in sketches:
        cases.append({
            'name': name,
            'sketch': hexs(sketch),
            'indexable': any(x != 0xFF for x in sketch),
            'keys': {index: [hexs(key) for key in band_keys(sketch, p['bands'], p['rows'], index)] for index, p in PARAMS.items()},
        })
    # Small parameters: k = 16, 3 bands of 4 rows (positions 12..15 unused).
    small = counter_sketch('small', 16)
    small_cases = [{
        'name': 'k16-3x4-' + index,
        'sketch': hexs(small),
        'index': index,
        'bands': 3,
        'rows': 4,
        'bandPreimages': [hexs(DOMAIN + bytes([INDEX_ID[index]]) + b.to_bytes(2, 'big') + small[16 * b:16 * (b + 1)]) for b in range(3)],
        'keys': [hexs(key) for key in band_keys(small, 3, 4, index)],
    } for index in ('dup', 'match')]
    probabilities = {index: [{
        'similarity': s,
        'independent': p_independent(s, K, p['bands'], p['rows']),
        'uniform': p_uniform(s, K, p['bands'], p['rows']),
    } for s in SIMILARITIES] for index, p in PARAMS.items()}
    out = {
        'domain': DOMAIN.decode(),
        'keyBytes': KEY_BYTES,
        'indexIds': INDEX_ID,
        'k': K,
        'params': PARAMS,
        'cases': cases,
        'smallCases': small_cases,
        'probabilities': probabilities,
    }
    OUT.write_text(json.dumps(out, indent=2) + '\n')


if __name__ == '__main__':
    main()
