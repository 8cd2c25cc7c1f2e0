#!/usr/bin/env python3
"""Regenerates docs/vectors/sketch.json (python3, stdlib only).

An independent implementation of docs/attribution.md "Sketches" (attribution
version 1): byte-level normalisation, tokens, 5-token shingles, FNV-1a-64
token hashes folded into a 64-bit shingle key, MurmurHash3 fmix64, one
permutation hashing into k bins and rotation densification. It is written
from the document, with Python integers, not from src/attribution/sketch.ts;
test/unit/attribution/sketch-vectors.test.ts checks the TypeScript against it.

Run from anywhere: python3 scripts/vectors/sketch.py
"""
import json
from pathlib import Path

OUT = Path(__file__).resolve().parents[2] / 'docs' / 'vectors' / 'sketch.json'

M64 = (1 << 64) - 1
FNV_OFFSET = 0xCBF29CE484222325
FNV_PRIME = 0x100000001B3
FMIX_C1 = 0xFF51AFD7ED558CCD
FMIX_C2 = 0xC4CEB9FE1A85EC53
W = 5
EMPTY = 0xFFFFFFFF


def is_token_byte(b):
    return 0x30 <= b <= 0x39 or 0x41 <= b <= 0x5A or 0x61 <= b <= 0x7A or b >= 0x80


def tokens(data):
    """Maximal runs of token bytes, A-Z lowercased; everything else separates."""
    out, current = [], bytearray()
    for b in data:
        if is_token_byte(b):
            current.append(b + 0x20 if 0x41 <= b <= 0x5A else b)
        elif current:
            out.append(bytes(current))
            current = bytearray()
    if current:
        out.append(bytes(current))
    return out


def fnv1a64(items):
    """FNV-1a 64 over a sequence of integers: the bytes of a token, or the
    64-bit token hashes of a shingle (each xored in whole, not byte by byte)."""
    h = FNV_OFFSET
    for x in items:
        h = ((h ^ x) * FNV_PRIME) & M64
    return h


def fmix64(h):
    h ^= h >> 33
    h = (h * FMIX_C1) & M64
    h ^= h >> 33
    h = (h * FMIX_C2) & M64
    h ^= h >> 33
    return h


def shingle_keys(data):
    hashes = [fnv1a64(t) for t in tokens(data)]
    if not hashes:
        return []
    if len(hashes) < W:
        return [fnv1a64(hashes)]
    return [fnv1a64(hashes[i:i + W]) for i in range(len(hashes) - W + 1)]


def bins_of(keys, k):
    """Minimum value per bin, None for an empty bin."""
    bins = [None] * k
    for key in keys:
        f = fmix64(key)
        b, value = (f >> 32) % k, f & 0xFFFFFFFF
        if bins[b] is None or value < bins[b]:
            bins[b] = value
    return bins


def densify(bins):
    k = len(bins)
    if all(v is None for v in bins):
        return [EMPTY] * k
    out = []
    for j in range(k):
        t = 0
        while bins[(j + t) % k] is None:
            t += 1
        out.append(bins[(j + t) % k])
    return out


def sketch(data, k=128):
    return densify(bins_of(shingle_keys(data), k))


def encode(values):
    return b''.join(v.to_bytes(4, 'big') for v in values)


# ---- seeded generated text (an LCG, so the long cases need no stored corpus) ----
def generated_text(seed, words):
    syllables = ['ka', 'lo', 'mi', 'ne', 'ru', 'sa', 'ti', 'vo', 'xe', 'zu', 'bra', 'dne', 'gho', 'pli', 'stu', 'wen']
    state = seed
    out = []
    for i in range(words):
        state = (state * 6364136223846793005 + 1442695040888963407) & M64
        r = state >> 33
        word = ''.join(syllables[(r >> (4 * j)) & 15] for j in range(1 + (r >> 20) % 3))
        if (r >> 24) % 11 == 0:
            word = word.capitalize()
        out.append(word + ('.' if (r >> 28) % 13 == 0 else ',' if (r >> 28) % 13 == 1 else ''))
    return ' '.join(out)


def case(name, data, k=128, note=None):
    keys = shingle_keys(data)
    bins = bins_of(keys, k)
    entry = {'name': name}
    try:
        entry['text'] = data.decode('utf-8')
    except UnicodeDecodeError:
        entry['hex'] = '0x' + data.hex()
    entry.update({
        'k': k,
        'tokens': len(tokens(data)),
        'shingles': len(keys),
        'distinctShingles': len(set(keys)),
        'emptyBins': sum(v is None for v in bins),
        'firstShingleKeys': ['0x%016x' % key for key in keys[:3]],
        'sketch': '0x' + encode(densify(bins)).hex(),
    })
    if note:
        entry['note'] = note
    return entry


def main():
    long_text = generated_text(7, 2000)
    cases = [
        case('empty input', b'', note='no token: every value 0xffffffff'),
        case('separators only', b' \t\n.,;:!?-()[]{}"\'\x00\x7f', note='no token, same as empty'),
        case('one token', b'hello'),
        case('fewer than w tokens', b'Hello, World!', note='2 tokens: one shingle of both, all bins borrow it'),
        case('exactly w tokens', b'the quick brown fox jumps'),
        case('case and punctuation', b'THE Quick -- brown...FOX\tjumps; over the lazy dog!!',
             note='normalises to the same tokens as the next case'),
        case('case and punctuation, normalised', b'the quick brown fox jumps over the lazy dog'),
        case('bytes >= 0x80 are token bytes', 'Café naïve — “quoted” 東京 straße ÉCOLE école'.encode('utf-8'),
             note='non-ASCII bytes are not case-folded; the em dash and curly quotes are token bytes'),
        case('invalid utf-8 and control bytes', bytes([0x41, 0xFF, 0x42, 0x00, 0x43, 0x80, 0x0A, 0x44, 0xC3, 0x28, 0x45, 0x46, 0x47]),
             note='bytes, not text: 0xff, 0x80 and 0xc3 join tokens, 0x00, 0x0a and 0x28 separate'),
        case('short text needs densification', generated_text(3, 60).encode()),
        case('long text fills every bin', long_text.encode()),
        case('long text, k = 100 (not a power of two)', long_text.encode(), k=100),
        case('long text, k = 1', long_text.encode(), k=1),
        case('digits and mixed tokens', b'Block 1024 at height 77, fee 0x1F; v2.3.4 build #998 at 12:30'),
    ]
    assert cases[0]['sketch'] == '0x' + 'ff' * 512 and cases[1]['sketch'] == cases[0]['sketch']
    assert cases[5]['sketch'] == cases[6]['sketch']
    assert cases[9]['emptyBins'] > 0 and cases[10]['emptyBins'] == 0 and cases[11]['emptyBins'] == 0
    doc = {
        'description': 'Sketch vectors (attribution version 1, docs/attribution.md "Sketches"), '
                       'written by scripts/vectors/sketch.py. Input is `text` (UTF-8) or `hex`; '
                       'shingle keys are 64-bit, hex; `sketch` is k uint32 big-endian.',
        'shingleWidth': W,
        'cases': cases,
    }
    OUT.write_text(json.dumps(doc, indent=2, ensure_ascii=False) + '\n')
    print(f'wrote {OUT} ({len(cases)} cases)')


if __name__ == '__main__':
    main()
