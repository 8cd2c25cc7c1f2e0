#!/usr/bin/env python3
"""Independent reference for docs/vectors/core.json (docs/protocol.md §1-§7).

Written from the spec with the Python standard library (and the `cryptography`
package for ed25519 signing), not from the TypeScript code, so the vectors
check the implementation instead of echoing it. Run from the repo root:
    python3 scripts/vectors/core.py > docs/vectors/core.json
"""
import hashlib
import json

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives import serialization


def sha256(*parts):
    h = hashlib.sha256()
    for p in parts:
        h.update(p)
    return h.digest()


def hx(b):
    return "0x" + b.hex()


# ---- protobuf, proto3 canonical: fields in number order, defaults omitted ----
def varint(n):
    out = bytearray()
    while True:
        b = n & 0x7F
        n >>= 7
        if n:
            out.append(b | 0x80)
        else:
            out.append(b)
            return bytes(out)


def f_varint(num, value):
    return b"" if value == 0 else varint(num << 3) + varint(value)


def f_bytes(num, value):
    return b"" if len(value) == 0 else varint((num << 3) | 2) + varint(len(value)) + value


def f_msg(num, encoded):
    # A set message field is written even when its encoding is empty.
    return varint((num << 3) | 2) + varint(len(encoded)) + encoded


def u32be(n):
    return n.to_bytes(4, "big")


def u64be(n):
    return n.to_bytes(8, "big")


def merkle_root(items):
    if not items:
        return sha256(b"")
    level = [sha256(b"\x00", i) for i in items]
    while len(level) > 1:
        nxt = []
        for i in range(0, len(level), 2):
            nxt.append(sha256(b"\x01", level[i], level[i + 1]) if i + 1 < len(level) else level[i])
        level = nxt
    return level[0]


# ---- keys: RFC 8032 test 1 seed ----
SEED = bytes.fromhex("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60")
key = Ed25519PrivateKey.from_private_bytes(SEED)
PUB = key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
ADDRESS = sha256(PUB)[:20]

# ---- a Transfer tx ----
to = bytes(range(1, 21))
transfer = f_bytes(1, to) + f_varint(2, 1_000_000_007)
body = (
    f_bytes(1, b"attrib-devnet")
    + f_bytes(2, PUB)
    + f_varint(3, 5)
    + f_varint(4, 10)
    + f_msg(8, transfer)
)
sign_bytes = b"attrib-tx-v1" + body
signature = key.sign(sign_bytes)
tx = f_bytes(1, body) + f_bytes(2, signature)
tx_hash = sha256(body)

model_id = sha256(b"model", tx_hash)
datanet_id = sha256(b"datanet", tx_hash)

# ---- a precommit vote ----
block_hash = sha256(b"block")
vote = f_bytes(1, b"attrib-devnet") + f_varint(2, 42) + f_varint(3, 1) + f_varint(4, 2) + f_bytes(5, block_hash)

# ---- a vote quorum: +2/3 prevotes for one block, as ConsensusMessage.quorum ----
quorum_vote = f_bytes(1, b"attrib-devnet") + f_varint(2, 42) + f_varint(3, 1) + f_varint(4, 1) + f_bytes(5, block_hash)
quorum_signers = []
for i in range(3):
    k = Ed25519PrivateKey.from_private_bytes(sha256(b"quorum signer %d" % i))
    pub = k.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    quorum_signers.append((pub, k.sign(b"attrib-vote-v1" + quorum_vote)))
quorum_signers.sort(key=lambda s: s[0])  # by validator key, bytes ascending
vote_quorum = f_msg(1, quorum_vote) + b"".join(f_msg(2, f_bytes(1, pub) + f_bytes(2, sig)) for pub, sig in quorum_signers)
quorum_message = f_msg(3, vote_quorum)

# ---- a proposal re-proposing a block locked in round 2, at round 5 ----
proposal = (f_bytes(1, b"attrib-devnet") + f_varint(2, 42) + f_varint(3, 5) + f_varint(4, 1)
            + f_varint(5, 2) + f_bytes(6, block_hash))
# ... and a fresh one at round 0: has_pol_round false and pol_round 0, both omitted
fresh_proposal = f_bytes(1, b"attrib-devnet") + f_varint(2, 43) + f_bytes(6, block_hash)

# ---- a Stake with its proof of possession of the consensus key (the vector key) ----
# The operator is the tx signer's address; the proof binds the key to it and to the chain.
op_key = Ed25519PrivateKey.from_private_bytes(sha256(b"possession operator"))
OP_PUB = op_key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
OPERATOR = sha256(OP_PUB)[:20]
possession = f_bytes(1, b"attrib-devnet") + f_bytes(2, OPERATOR)
possession_sign_bytes = b"attrib-pop-v1" + possession
possession_proof = key.sign(possession_sign_bytes)
stake = f_varint(1, 100_000) + f_bytes(2, PUB) + f_bytes(3, possession_proof)
stake_body = f_bytes(1, b"attrib-devnet") + f_bytes(2, OP_PUB) + f_varint(4, 10) + f_msg(18, stake)  # nonce 0: omitted
stake_tx = f_bytes(1, stake_body) + f_bytes(2, op_key.sign(b"attrib-tx-v1" + stake_body))

# ---- state root over a small change set ----
changes = [  # (key, value or None), given unsorted
    (bytes([0x10]) + ADDRESS, bytes.fromhex("08e807")),  # Account{balance: 1000}
    (bytes([0x02]), bytes.fromhex("0864")),  # SupplyTotals{balances: 100}
    (bytes([0x33]) + u64be(7) + bytes([1]) + datanet_id, None),  # a deleted schedule entry
]
changes.sort(key=lambda kv: kv[0])
entries = b""
for k, v in changes:
    entries += u32be(len(k)) + k + (b"\x00" if v is None else b"\x01" + u32be(len(v)) + v)
digest = sha256(entries)
genesis_prev = bytes(32)
state_root = sha256(genesis_prev, digest)

# ---- validators_hash: Validator messages sorted by consensus key ----
validators = [
    (bytes([0xBB]) * 20, bytes([0x22]) * 32, 300),
    (bytes([0xAA]) * 20, PUB, 1_000_000),
]
validators.sort(key=lambda v: v[1])
encoded_validators = [f_bytes(1, op) + f_bytes(2, ck) + f_varint(3, power) for op, ck, power in validators]

out = {
    "key": {"seed": hx(SEED), "publicKey": hx(PUB), "address": hx(ADDRESS)},
    "tx": {
        "body": {"chainId": "attrib-devnet", "nonce": "5", "fee": "10", "transfer": {"to": hx(to), "amount": "1000000007"}},
        "bodyBytes": hx(body),
        "signBytes": hx(sign_bytes),
        "signature": hx(signature),
        "txBytes": hx(tx),
        "txHash": hx(tx_hash),
        "datanetId": hx(datanet_id),
        "modelId": hx(model_id),
        "contributionId": hx(sha256(b"contribution", tx_hash)),
        "poolId": {"modelId": hx(model_id), "version": 3, "datanetId": hx(datanet_id),
                   "id": hx(sha256(b"pool", model_id, u32be(3), datanet_id))},
        "txRoot": {"txs": [hx(tx), hx(tx[::-1])], "root": hx(merkle_root([tx, tx[::-1]]))},
    },
    "vote": {
        "vote": {"chainId": "attrib-devnet", "height": "42", "round": 1, "type": 2, "blockHash": hx(block_hash)},
        "voteBytes": hx(vote),
        "signBytes": hx(b"attrib-vote-v1" + vote),
        "signature": hx(key.sign(b"attrib-vote-v1" + vote)),
    },
    "quorum": {
        "vote": {"chainId": "attrib-devnet", "height": "42", "round": 1, "type": 1, "blockHash": hx(block_hash)},
        "seeds": [hx(sha256(b"quorum signer %d" % i)) for i in range(3)],
        "signatures": [{"validator": hx(pub), "signature": hx(sig)} for pub, sig in quorum_signers],
        "messageBytes": hx(quorum_message),
    },
    "proposal": {
        "proposal": {"chainId": "attrib-devnet", "height": "42", "round": 5, "hasPolRound": True, "polRound": 2,
                     "blockHash": hx(block_hash)},
        "proposalBytes": hx(proposal),
        "signBytes": hx(b"attrib-proposal-v1" + proposal),
        "signature": hx(key.sign(b"attrib-proposal-v1" + proposal)),
        "fresh": {"chainId": "attrib-devnet", "height": "43", "round": 0, "hasPolRound": False, "polRound": 0,
                  "blockHash": hx(block_hash)},
        "freshBytes": hx(fresh_proposal),
    },
    "possession": {
        "proof": {"chainId": "attrib-devnet", "operator": hx(OPERATOR)},
        "proofBytes": hx(possession),
        "signBytes": hx(possession_sign_bytes),
        "signature": hx(possession_proof),
        "operatorSeed": hx(sha256(b"possession operator")),
        "stake": {"amount": "100000", "consensusKey": hx(PUB), "possessionProof": hx(possession_proof)},
        "stakeBytes": hx(stake),
        "bodyBytes": hx(stake_body),
        "txBytes": hx(stake_tx),
    },
    "stateRoot": {
        "prevRoot": hx(genesis_prev),
        "changes": [{"key": hx(k), "value": None if v is None else hx(v)} for k, v in changes],
        "digest": hx(digest),
        "root": hx(state_root),
    },
    "validatorsHash": {
        "validators": [{"operator": hx(op), "consensusKey": hx(ck), "power": str(p)} for op, ck, p in validators],
        "encoded": [hx(e) for e in encoded_validators],
        "root": hx(merkle_root(encoded_validators)),
    },
    "keys": {
        "account": hx(bytes([0x10]) + ADDRESS),
        "counts": hx(bytes([0x21]) + datanet_id + u64be(258)),
        "duplicate": hx(bytes([0x32]) + datanet_id + u64be(9) + u32be(2)),
        "scheduleUnlock": hx(bytes([0x33]) + u64be(7) + bytes([2]) + datanet_id),
        "modelVersion": hx(bytes([0x41]) + model_id + u32be(3)),
        "poolClaim": hx(bytes([0x51]) + model_id + datanet_id),
        "inputs": {"address": hx(ADDRESS), "id": hx(datanet_id), "id2": hx(model_id)},
    },
}
print(json.dumps(out, indent=2))
