/**
 * Starts `attrib start` as a child process and waits until it serves RPC:
 * what `attrib devnet`, the benchmarks and the e2e tests use to run real
 * node processes.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const ATTRIB_BIN = fileURLToPath(new URL('../../bin/attrib.js', import.meta.url));

export interface NodeProcess {
  child: ChildProcess;
  rpcUrl: string;
  /** The node's libp2p address with its peer id, for other nodes' --peers. */
  p2pAddr: string;
  /** Everything the process wrote so far (stdout and stderr). */
  output(): string;
  /** Resolves with the exit code, or the signal name, once the process has exited. */
  exited: Promise<number | string>;
}

/**
 * Runs `attrib start --home HOME ...args`; rejects with the process output if
 * it exits before serving RPC. `nodeArgs` go to node itself (e.g. --cpu-prof);
 * `script` replaces bin/attrib.js (tests run a wrapper of it).
 */
export async function spawnNode(home: string, args: string[] = [], env: NodeJS.ProcessEnv = process.env, nodeArgs: string[] = [], script = ATTRIB_BIN): Promise<NodeProcess> {
  const child = spawn(process.execPath, [...nodeArgs, script, 'start', '--home', home, ...args], {
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let text = '';
  child.stdout!.on('data', (d: Buffer) => (text += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (text += d.toString()));
  const exited = new Promise<number | string>((resolve) => {
    child.on('exit', (code, signal) => resolve(code ?? signal ?? 'unknown'));
  });
  const [rpcUrl, p2pAddr] = await new Promise<[string, string]>((resolve, reject) => {
    const check = () => {
      const rpc = /rpc:\s+(http:\/\/[^\s]+)/.exec(text);
      const p2p = /p2p:\s+(\/[^\s]+)/.exec(text);
      if (rpc && p2p) resolve([rpc[1]!, p2p[1]!]);
    };
    child.stdout!.on('data', check);
    void exited.then((code) => reject(new Error(`node exited (${code}) before serving RPC:\n${text}`)));
  });
  return { child, rpcUrl, p2pAddr, output: () => text, exited };
}
