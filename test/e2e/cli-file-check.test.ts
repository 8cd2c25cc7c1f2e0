/**
 * Salted commitments and the curator's file check through the `attrib`
 * binary against a node process: `tx contribute --salt` commits to
 * sha256(salt ‖ file); `query contribution --file [--salt]` tells a curator
 * whether a file is the committed content and whether its sketch was forged.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AttribClient, payloads, send, Wallet } from '../../src/client/index.js';
import { sketchBytes } from '../../src/attribution/sketch.js';
import { concatBytes, toHex, utf8 } from '../../src/crypto/bytes.js';
import { sha256 } from '../../src/crypto/hash.js';
import { DEVNET_DEV, DEVNET_VALIDATOR, devnetGenesis, initDevnetKeys } from '../../src/node/devnet.js';
import { initHome } from '../../src/node/home.js';
import { runToExit, startNodeProcess } from '../support/node-process.js';
import { syntheticDocument } from '../support/text-corpus.js';
import { tempDir } from '../support/tmp.js';

describe('salted commitments and the curator file check', () => {
  it('commits to sha256(salt ‖ file), and the check tells HONEST, NOT_THIS_FILE and FORGED_SKETCH apart', async () => {
    const home = tempDir('attrib-cli-salt-');
    initHome(home, devnetGenesis(), DEVNET_VALIDATOR);
    initDevnetKeys(home);
    const node = await startNodeProcess(home);
    const cli = async (...args: string[]) => {
      const run = await runToExit([...args, '--home', home, '--rpc', node.rpcUrl, '--json']);
      expect(run.code, run.output).toBe(0);
      return JSON.parse(run.output) as Record<string, unknown>;
    };

    const text = syntheticDocument(7, 400);
    const file = join(home, 'doc.txt');
    writeFileSync(file, text);
    const salt = 'a5'.repeat(32);
    const datanet = (await cli('tx', 'datanet-create', '--name', 'private', '--curators', 'dev')).id as string;
    const id = (await cli('tx', 'contribute', '--datanet', datanet, '--file', file, '--salt', salt)).id as string;
    const stored = await cli('query', 'contribution', id);
    expect(stored.content_hash).toBe(toHex(sha256(concatBytes(Buffer.from(salt, 'hex'), utf8(text)))));

    const check = async (contribution: string, ...extra: string[]) =>
      (await cli('query', 'contribution', contribution, '--file', file, ...extra)).file_check as Record<string, unknown>;
    expect(await check(id, '--salt', salt)).toMatchObject({ content_hash_matches: true, size_matches: true, sketch_similarity: 128, finding: 'HONEST' });
    expect(await check(id)).toMatchObject({ content_hash_matches: false, sketch_similarity: 128, finding: 'NOT_THIS_FILE' });

    // A contributor who commits to the real file but a made-up sketch (to dodge duplicate detection).
    const forged = new Uint8Array(512).map((_, i) => (i * 37 + 11) & 0xff);
    expect(forged).not.toEqual(sketchBytes(utf8(text)));
    const client = new AttribClient(node.rpcUrl);
    const liar = await send(
      client,
      Wallet.fromSeed(DEVNET_DEV.seed),
      payloads.contribute({ datanetId: datanet, contentHash: sha256(utf8(text)), sizeBytes: BigInt(utf8(text).length), sketch: forged }),
    );
    const found = await check(liar.id!);
    expect(found).toMatchObject({ content_hash_matches: true, size_matches: true, finding: 'FORGED_SKETCH' });
    expect(found.sketch_similarity).toBeLessThan(found.dup_threshold as number);

    const short = await runToExit(['tx', 'contribute', '--datanet', datanet, '--file', file, '--salt', 'abcd', '--home', home, '--rpc', node.rpcUrl]);
    expect(short.code).toBe(2);
    expect(short.output).toContain('--salt must be at least 16 bytes of hex');
    await client.close();
  }, 60_000);
});
