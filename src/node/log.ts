/** A small structured logger: one line per event on stderr, `time level component: message key=value…`. */
export type LogLevel = 'debug' | 'info' | 'warn' | 'error';
const RANK: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40 };

export interface Logger {
  debug(message: string, fields?: Record<string, unknown>): void;
  info(message: string, fields?: Record<string, unknown>): void;
  warn(message: string, fields?: Record<string, unknown>): void;
  error(message: string, fields?: Record<string, unknown>): void;
  child(component: string): Logger;
}

function format(value: unknown): string {
  if (typeof value === 'bigint') return value.toString();
  if (value instanceof Error) return JSON.stringify(value.message);
  return typeof value === 'string' && !/\s/.test(value) ? value : JSON.stringify(value);
}

export function createLogger(level: LogLevel, component = 'node', write: (line: string) => void = (l) => process.stderr.write(l + '\n')): Logger {
  const log = (at: LogLevel) => (message: string, fields: Record<string, unknown> = {}) => {
    if (RANK[at] < RANK[level]) return;
    const pairs = Object.entries(fields).map(([k, v]) => `${k}=${format(v)}`);
    write([new Date().toISOString(), at.toUpperCase().padEnd(5), `${component}:`, message, ...pairs].join(' '));
  };
  return {
    debug: log('debug'),
    info: log('info'),
    warn: log('warn'),
    error: log('error'),
    child: (name) => createLogger(level, `${component}/${name}`, write),
  };
}
