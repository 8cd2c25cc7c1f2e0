/**
 * Real node processes for e2e tests, on 127.0.0.1 with an ephemeral RPC
 * port and 100 ms blocks, killed at the end of each test if still running.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterEach } from 'vitest';
import { toHex } from '../../src/crypto/bytes.js';
import { homePaths, readSeedFile } from '../../src/node/home.js';
import { ATTRIB_BIN, spawnNode, type NodeProcess } from '../../src/node/spawn.js';
// Imported first so that its afterEach (removing temp homes) is registered first and so
// runs after this file's (vitest runs after-hooks in reverse): processes die before their homes go.
import './tmp.js';

const running = new Set<ChildProcess>();

afterEach(async () => {
  const exits = [...running].map((child) => new Promise((resolve) => (child.exitCode !== null || child.signalCode !== null ? resolve(null) : child.once('exit', resolve))));
  for (const child of running) child.kill('SIGKILL');
  running.clear();
  await Promise.all(exits);
});

/** A node on any free ports (its config.json's ports are overridden). */
export function startNodeProcess(home: string, env: Record<string, string> = {}, args: string[] = []): Promise<NodeProcess> {
  return startConfiguredNode(home, env, ['--rpc-port', '0', '--p2p-port', '0', ...args]);
}

/** A node with the ports and peers of its home's config.json (a local network's node). */
export function startConfiguredNode(home: string, env: Record<string, string> = {}, args: string[] = []): Promise<NodeProcess> {
  return track(spawnNode(home, args, { ...process.env, ATTRIB_BLOCK_TIME_MS: '100', ...env }));
}

/** Faults a test can give a node (test/support/faulty-node.ts says what each does). */
export interface Faults {
  failPoint?: 'commit:before-batch' | 'commit:after-batch';
  doubleSign?: boolean;
  tamperRelay?: boolean;
  hostilePeer?: boolean;
}

const FAULTY_NODE = fileURLToPath(new URL('./faulty-node.ts', import.meta.url));

/** startConfiguredNode for a node with `faults`, made by a wrapper around the real node (the node has no test switches). */
export function startFaultyNode(home: string, faults: Faults, env: Record<string, string> = {}, args: string[] = []): Promise<NodeProcess> {
  const faultEnv = {
    ...(faults.failPoint === undefined ? {} : { FAULT_FAIL_POINT: faults.failPoint }),
    ...(faults.doubleSign ? { FAULT_DOUBLE_SIGN: '1' } : {}),
    ...(faults.tamperRelay ? { FAULT_TAMPER_RELAY: '1' } : {}),
    ...(faults.hostilePeer ? { FAULT_HOSTILE_PEER: '1' } : {}),
  };
  return track(spawnNode(home, args, { ...process.env, ATTRIB_BLOCK_TIME_MS: '100', ...env, ...faultEnv }, ['--import', 'tsx'], FAULTY_NODE));
}

async function track(starting: Promise<NodeProcess>): Promise<NodeProcess> {
  const node = await starting;
  running.add(node.child);
  void node.exited.then(() => running.delete(node.child));
  return node;
}

/** Runs the `attrib` binary to completion; resolves with its exit code and output. */
export async function runToExit(args: string[], env: Record<string, string> = {}): Promise<{ code: number | string; output: string }> {
  const child = spawn(process.execPath, [ATTRIB_BIN, ...args], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  running.add(child);
  let output = '';
  child.stdout!.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (output += d.toString()));
  const code = await new Promise<number | string>((resolve) => child.on('exit', (c, s) => resolve(c ?? s ?? 'unknown')));
  running.delete(child);
  return { code, output };
}

/** The consensus public key of a node's home (its validator_key.json), as 0x-hex. */
export function consensusKeyOf(home: string): string {
  return toHex(readSeedFile(homePaths(home).validatorKey).publicKey);
}
