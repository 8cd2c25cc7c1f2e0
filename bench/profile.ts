/**
 * Where a node's time goes, from the CPU profiles node writes with
 * `--cpu-prof` (`npm run bench -- --profile`): self time per function and
 * per source file or package, as a share of the thread's samples, and which
 * node of a network was busiest.
 *
 *   node --import tsx bench/profile.ts bench/profiles/RUN/validators4 [--top 25]
 *   node --import tsx bench/profile.ts FILE.cpuprofile
 *
 * With a directory (DIR/…/nodeI/*.cpuprofile, as the multi-node scenarios
 * write them) it lists every thread's busy time and summarises the main
 * thread of the busiest node.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseArgs } from 'node:util';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  /** µs since the previous sample. */
  timeDeltas: number[];
}

export interface ThreadProfile {
  file: string;
  /** `nodeI` of a network directory, or the file's name. */
  node: string;
  /** 0 for a process's main thread, worker threads above. */
  thread: number;
  totalMs: number;
  idleMs: number;
  /** Self time (ms) by function (`name file:line`). */
  functions: Map<string, number>;
  /** Self time (ms) by where the code lives: a src/ file, a package, node internals, or a V8 category. */
  places: Map<string, number>;
  /** Total time (ms) by function of this repository (src/, bench/): samples with it anywhere on the stack. */
  inclusive: Map<string, number>;
}

const V8_CATEGORIES = new Set(['(idle)', '(program)', '(garbage collector)', '(root)']);

function placeOf(frame: ProfileNode['callFrame']): string {
  if (V8_CATEGORIES.has(frame.functionName)) return frame.functionName;
  const url = frame.url;
  if (url === '') return '(native)';
  if (url.startsWith('node:')) return 'node internals';
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pkg) return pkg[1]!;
  const src = /\/((?:src|bench|bin)\/.*)$/.exec(url);
  return src ? src[1]! : url;
}

/** CPU.<date>.<time>.<pid>.<thread>.<seq>.cpuprofile, node's default name. */
function threadOf(file: string): number {
  const m = /\.(\d+)\.(\d+)\.(\d+)\.cpuprofile$/.exec(file);
  return m ? Number(m[2]) : 0;
}

export function readThread(file: string, node = basename(file)): ThreadProfile {
  const p = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const nameOf = (frame: ProfileNode['callFrame']) => {
    if (V8_CATEGORIES.has(frame.functionName)) return frame.functionName;
    // tsx's output keeps a module on few lines: a line number tells little there.
    const line = frame.lineNumber > 0 ? `:${frame.lineNumber + 1}` : '';
    return `${frame.functionName || '(anonymous)'} ${placeOf(frame)}${line}`;
  };
  // The repository's named functions on each node's stack, once each.
  const ownStack = new Map<number, string[]>();
  const stackOf = (id: number): string[] => {
    let names = ownStack.get(id);
    if (names !== undefined) return names;
    const up = parent.has(id) ? stackOf(parent.get(id)!) : [];
    const frame = byId.get(id)!.callFrame;
    const ours = !frame.url.includes('/node_modules/') && /\/(src|bench)\//.test(frame.url);
    const own = frame.functionName !== '' && ours ? nameOf(frame) : undefined;
    names = own === undefined || up.includes(own) ? up : [...up, own];
    ownStack.set(id, names);
    return names;
  };
  const functions = new Map<string, number>();
  const places = new Map<string, number>();
  const inclusive = new Map<string, number>();
  const add = (m: Map<string, number>, k: string, ms: number) => m.set(k, (m.get(k) ?? 0) + ms);
  let totalMs = 0;
  p.samples.forEach((id, i) => {
    const frame = byId.get(id)!.callFrame;
    const ms = (p.timeDeltas[i] ?? 0) / 1000;
    totalMs += ms;
    add(functions, nameOf(frame), ms);
    add(places, placeOf(frame), ms);
    for (const name of stackOf(id)) add(inclusive, name, ms);
  });
  return { file, node, thread: threadOf(file), totalMs, idleMs: functions.get('(idle)') ?? 0, functions, places, inclusive };
}

/**
 * Every thread's profile below `dir`, each named by its directory relative
 * to `dir` (`node2`, `open-1000/node2`; the directory's own name for files
 * directly in it).
 */
export function readProfiles(dir: string): ThreadProfile[] {
  const walk = (sub: string): ThreadProfile[] =>
    readdirSync(join(dir, sub)).sort().flatMap((f) => {
      const path = join(dir, sub, f);
      if (statSync(path).isDirectory()) return walk(join(sub, f));
      return f.endsWith('.cpuprofile') ? [readThread(path, sub || basename(dir))] : [];
    });
  return walk('');
}

export const busyShare = (t: ThreadProfile) => (t.totalMs - t.idleMs) / t.totalMs;

/** The main thread that spent the most time not idle. */
export function busiest(threads: readonly ThreadProfile[]): ThreadProfile | undefined {
  return threads.filter((t) => t.thread === 0).sort((a, b) => b.totalMs - b.idleMs - (a.totalMs - a.idleMs))[0];
}

const percent = (part: number, whole: number) => `${((100 * part) / whole).toFixed(1).padStart(5)} %`;

function top(m: Map<string, number>, n: number, whole: number): string[] {
  return [...m].sort((a, b) => b[1] - a[1]).slice(0, n).map(([k, ms]) => `${percent(ms, whole)}  ${k}`);
}

/** A text summary: busy share, then self time by place and by function and total time by the repository's functions, as shares of the thread's samples. */
export function summarise(t: ThreadProfile, n = 20): string {
  return [
    `${t.node} thread ${t.thread}: ${(t.totalMs / 1000).toFixed(1)} s sampled, ${((t.totalMs - t.idleMs) / 1000).toFixed(1)} s busy (${(100 * busyShare(t)).toFixed(1)} %); ${t.file}`,
    '',
    'self time by place:',
    ...top(t.places, Math.min(n, 15), t.totalMs),
    '',
    'self time by function:',
    ...top(t.functions, n, t.totalMs),
    '',
    "total time (self and callees) by this repository's named functions:",
    ...top(t.inclusive, n, t.totalMs),
  ].join('\n');
}

/** Every thread's busy time, and the summary of the busiest main thread (the most time not idle). */
export function summariseRun(threads: readonly ThreadProfile[], n = 20): string {
  const hot = busiest(threads);
  const lines = threads.map((t) => `${t.node.padEnd(8)} thread ${String(t.thread).padEnd(3)} ${(t.totalMs / 1000).toFixed(1).padStart(6)} s sampled, ${((t.totalMs - t.idleMs) / 1000).toFixed(1).padStart(6)} s busy (${(100 * busyShare(t)).toFixed(1)} %)`);
  return [...lines, '', hot ? summarise(hot, n) : 'no main-thread profile'].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { top: { type: 'string' } } });
  const n = Number(values.top ?? 20);
  for (const path of positionals) {
    console.log(statSync(path).isDirectory() ? summariseRun(readProfiles(path), n) : summarise(readThread(path), n));
  }
}
