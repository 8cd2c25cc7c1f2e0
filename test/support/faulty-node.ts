/**
 * `attrib start` with the faults a test names in FAULT_* variables, made by
 * wrapping the node's real components from the outside — the node itself
 * has no test switches (test/support/node-process.ts startFaultyNode runs
 * this file instead of bin/attrib.js):
 * - FAULT_FAIL_POINT=commit:before-batch | commit:after-batch: the process
 *   kills itself (SIGKILL) just before a block's commit batch is written,
 *   or right after it is on disk, before anything else runs;
 * - FAULT_DOUBLE_SIGN=1: a Byzantine validator — besides each prevote for a
 *   block it publishes, it signs and publishes a nil prevote for the same
 *   round with its consensus key, behind its double-sign guard's back;
 * - FAULT_TAMPER_RELAY=1: a hostile relay — a node that takes part in the
 *   consensus topic without being a validator and, for every proposal it
 *   sees, publishes a copy whose body (txs or last_commit) it swapped, under
 *   the genuine header and signature;
 * - FAULT_HOSTILE_PEER=1: a node that, every 500 ms, gossips a batch of
 *   1 024 txs from keys that hold nothing, announces a block 10 heights
 *   ahead whose commit carries the validators' keys but signatures for
 *   another block, and gossips its head block with a changed state root
 *   under its real commit (an invalid block); and its sync server takes
 *   every request and never answers (a slow attacker).
 * Each fault logs one line when it acts, so tests can see it did.
 */
import { certifiedBlockCodec, txBatchCodec } from '../../src/codec/codecs.js';
import { blockHash, voteSignBytes } from '../../src/codec/hashes.js';
import { VoteType, type ConsensusMessage, type TxBody } from '../../src/codec/types.js';
import { voteMessage } from '../../src/consensus/wire.js';
import { bytesEqual, utf8 } from '../../src/crypto/bytes.js';
import { keyPairFromSeed, sign } from '../../src/crypto/ed25519.js';
import { sha256 } from '../../src/crypto/hash.js';
import { homePaths, readSeedFile } from '../../src/node/home.js';
import { Network } from '../../src/p2p/network.js';
import { syncProtocolOf, topicsOf } from '../../src/p2p/topics.js';
import { signTx } from '../../src/tx/sign.js';
import { LevelStore } from '../../src/store/level-store.js';

const argv = process.argv.slice(2);
const home = argv[argv.indexOf('--home') + 1]!;
const say = (line: string) => console.log(`fault: ${line}`);

const failPoint = process.env.FAULT_FAIL_POINT;
if (failPoint !== undefined) {
  const commit = LevelStore.prototype.commitBlock;
  const die = () => {
    say(`fail point reached (${failPoint}): killing the process`);
    process.kill(process.pid, 'SIGKILL');
  };
  LevelStore.prototype.commitBlock = async function (this: LevelStore, block) {
    if (failPoint === 'commit:before-batch') die();
    const head = await commit.call(this, block);
    if (failPoint === 'commit:after-batch') die();
    return head;
  };
}

if (process.env.FAULT_DOUBLE_SIGN === '1') {
  const key = readSeedFile(homePaths(home).validatorKey);
  const publish = Network.prototype.publishConsensus;
  Network.prototype.publishConsensus = function (this: Network, m: ConsensusMessage) {
    publish.call(this, m);
    if (m.message !== 'vote' || !bytesEqual(m.vote.validator, key.publicKey)) return;
    const vote = m.vote.vote!;
    if (vote.type !== VoteType.PREVOTE || vote.blockHash.length === 0) return;
    const nil = { ...vote, blockHash: new Uint8Array(0) };
    say(`double-signing a prevote at height ${vote.height} round ${vote.round}`);
    publish.call(this, voteMessage(nil, key.publicKey, sign(key.seed, voteSignBytes(nil))));
  };
}

if (process.env.FAULT_TAMPER_RELAY === '1') {
  const start = Network.start;
  Network.start = async function (o) {
    const network = await start.call(Network, o);
    network.joinConsensus({
      offer(m) {
        if (m.message === 'proposal') {
          const tampered = withSwappedBody(m);
          say(`relaying a tampered proposal for height ${m.proposal.proposal!.height} round ${m.proposal.proposal!.round}`);
          network.publishConsensus(tampered);
        }
        return 'accept';
      },
    });
    return network;
  };
}

if (process.env.FAULT_HOSTILE_PEER === '1') {
  const start = Network.start;
  Network.start = async function (o) {
    const network = await start.call(Network, o);
    const topics = topicsOf(o.chain.chainId);
    const pubsub = network.host.services.pubsub;
    await network.host.unhandle(syncProtocolOf(o.chain.chainId));
    await network.host.handle(syncProtocolOf(o.chain.chainId), () => say('holding a sync request unanswered'));
    let round = 0;
    const timer = setInterval(() => {
      round++;
      void (async () => {
        const txs = Array.from({ length: 1_024 }, (_, i) => {
          const key = keyPairFromSeed(sha256(utf8(`unfunded ${round} ${i}`)));
          return signTx({ chainId: o.chain.chainId, signer: key.publicKey, nonce: 0n, fee: 10n, payload: 'transfer', transfer: { to: new Uint8Array(20), amount: 1n } } as TxBody, key.seed).bytes;
        });
        await pubsub.publish(topics.txs, txBatchCodec.encode({ txs })).catch(() => undefined);
        const head = o.chain.head.height;
        const certified = head > 0n ? (await o.chain.store.certifiedBlocks(head, 1n).next()).value : undefined;
        if (certified?.block == null || certified.commit == null) return;
        const block = certified.block;
        const ahead = { ...block, header: { ...block.header!, height: head + 10n } };
        const forged = { ...certified.commit, height: head + 10n, blockHash: blockHash(ahead.header) };
        await pubsub.publish(topics.blocks, certifiedBlockCodec.encode({ block: ahead, commit: forged })).catch(() => undefined);
        const invalid = { ...block, header: { ...block.header!, stateRoot: new Uint8Array(32).fill(round & 0xff) } };
        await pubsub.publish(topics.blocks, certifiedBlockCodec.encode({ block: invalid, commit: certified.commit })).catch(() => undefined);
        say(`hostile round ${round}: 1024 useless txs, a forged block ahead, an invalid block`);
      })();
    }, 500);
    const stop = network.stop.bind(network);
    network.stop = async () => {
      clearInterval(timer);
      await stop();
    };
    return network;
  };
}

/** The proposal under its genuine header and signature, with one tx dropped or added, or its last_commit shortened. */
function withSwappedBody(m: Extract<ConsensusMessage, { message: 'proposal' }>): ConsensusMessage {
  const block = m.proposal.block!;
  const lastCommit = block.lastCommit;
  const swapped =
    lastCommit !== null && lastCommit.signatures.length > 1
      ? { ...block, lastCommit: { ...lastCommit, signatures: lastCommit.signatures.slice(1) } }
      : { ...block, txs: block.txs.length > 0 ? block.txs.slice(1) : [new Uint8Array([1, 2, 3])] };
  return { message: 'proposal', proposal: { ...m.proposal, block: swapped } };
}

await import('../../src/cli/main.js');
