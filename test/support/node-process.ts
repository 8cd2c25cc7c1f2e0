/**
 * Real node processes for e2e tests: `node bin/attrib.js start --home DIR`
 * on 127.0.0.1 with an ephemeral RPC port, killed by the test or at the end.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterEach } from 'vitest';

const BIN = fileURLToPath(new URL('../../bin/attrib.js', import.meta.url));
const running = new Set<ChildProcess>();

afterEach(() => {
  for (const child of running) child.kill('SIGKILL');
  running.clear();
});

export interface NodeProcess {
  child: ChildProcess;
  rpcUrl: string;
  /** Everything the process wrote so far (stdout and stderr). */
  output(): string;
  /** Resolves with the exit code (or the signal name) once the process has exited. */
  exited: Promise<number | string>;
}

export async function startNodeProcess(home: string, env: Record<string, string> = {}, args: string[] = []): Promise<NodeProcess> {
  const child = spawn(process.execPath, [BIN, 'start', '--home', home, '--rpc-port', '0', ...args], {
    env: { ...process.env, ATTRIB_BLOCK_TIME_MS: '100', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.add(child);
  let text = '';
  child.stdout!.on('data', (d: Buffer) => (text += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (text += d.toString()));
  const exited = new Promise<number | string>((resolve) => {
    child.on('exit', (code, signal) => {
      running.delete(child);
      resolve(code ?? signal ?? 'unknown');
    });
  });
  const rpcUrl = await new Promise<string>((resolve, reject) => {
    const check = () => {
      const m = /rpc:\s+(http:\/\/127\.0\.0\.1:\d+)/.exec(text);
      if (m) resolve(m[1]!);
    };
    child.stdout!.on('data', check);
    void exited.then((code) => reject(new Error(`node exited (${code}) before serving RPC:\n${text}`)));
  });
  return { child, rpcUrl, output: () => text, exited };
}

/** Starts a process expected to fail; resolves with its exit code and output. */
export async function runToExit(args: string[], env: Record<string, string> = {}): Promise<{ code: number | string; output: string }> {
  const child = spawn(process.execPath, [BIN, ...args], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  running.add(child);
  let output = '';
  child.stdout!.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (output += d.toString()));
  const code = await new Promise<number | string>((resolve) => child.on('exit', (c, s) => resolve(c ?? s ?? 'unknown')));
  running.delete(child);
  return { code, output };
}
