/**
 * An append-only file of checksummed records: the consensus write-ahead
 * log's framing (docs/consensus.md "Write-ahead log").
 *
 *   record = u32be(payload length) ‖ u32be(crc32(payload)) ‖ payload
 *
 * Opening reads every record. A bad last record — cut short, complete but
 * failing its checksum, or zeros — is a write torn by a crash: it was never
 * synced, so never acted on, and it is cut off. A bad record with more bytes after it
 * is damage to data that was synced and perhaps sent, so the log refuses to
 * open (WAL_CORRUPT) rather than forget what the node signed.
 */
import { closeSync, fsyncSync, openSync, readFileSync, ftruncateSync, writeSync, existsSync } from 'node:fs';
import { crc32 } from 'node:zlib';
import { ConsensusError } from './errors.js';

const HEADER = 8;
/** Larger lengths are garbage: no record comes near (a block is at most max_block_bytes). */
const MAX_RECORD_BYTES = 64 * 1024 * 1024;

export interface OpenedLog {
  log: RecordLog;
  records: Uint8Array[];
  /** Bytes of a torn last record that were cut off (0: the file ended cleanly). */
  truncated: number;
}

function frame(payload: Uint8Array): Uint8Array {
  const out = new Uint8Array(HEADER + payload.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, payload.length);
  view.setUint32(4, crc32(payload));
  out.set(payload, HEADER);
  return out;
}

/**
 * The records of `bytes` and where the good prefix ends. What a crash in the
 * middle of an append can leave at the end: part of a header, part of a
 * payload, a full-length record whose payload never reached the disk (bad
 * checksum), or a run of zeros where the file grew before its data was
 * written. Anything else that fails is corruption.
 */
function parse(bytes: Uint8Array, path: string): { records: Uint8Array[]; end: number } {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const records: Uint8Array[] = [];
  let at = 0;
  const corrupt = (why: string) =>
    new ConsensusError('WAL_CORRUPT', `${path}: record ${records.length} at byte ${at} ${why}`, { path, offset: at });
  while (at < bytes.length) {
    if (at + HEADER > bytes.length || bytes.subarray(at).every((b) => b === 0)) break;
    const length = view.getUint32(at);
    if (length === 0 || length > MAX_RECORD_BYTES) throw corrupt(`claims ${length} bytes`);
    const end = at + HEADER + length;
    if (end > bytes.length) break;
    if (crc32(bytes.subarray(at + HEADER, end)) !== view.getUint32(at + 4)) {
      if (end === bytes.length) break;
      throw corrupt(`fails its checksum and ${bytes.length - end} bytes follow it`);
    }
    records.push(bytes.slice(at + HEADER, end));
    at = end;
  }
  return { records, end: at };
}

export class RecordLog {
  private constructor(
    private fd: number,
    readonly path: string,
  ) {}

  /** Opens (or creates) the log at `path`, returning its records and cutting off a torn last one. */
  static open(path: string): OpenedLog {
    const bytes = existsSync(path) ? new Uint8Array(readFileSync(path)) : new Uint8Array(0);
    const { records, end } = parse(bytes, path);
    const fd = openSync(path, 'a+');
    if (end < bytes.length) {
      ftruncateSync(fd, end);
      fsyncSync(fd);
    }
    return { log: new RecordLog(fd, path), records, truncated: bytes.length - end };
  }

  /**
   * Appends one record; with `sync`, returns only once it is on disk (what
   * the node must do before sending anything it signed).
   */
  append(payload: Uint8Array, sync: boolean): void {
    if (payload.length === 0 || payload.length > MAX_RECORD_BYTES) throw new RangeError(`WAL record of ${payload.length} bytes`);
    const bytes = frame(payload);
    let written = 0;
    while (written < bytes.length) written += writeSync(this.fd, bytes, written, bytes.length - written);
    if (sync) fsyncSync(this.fd);
  }

  /** Empties the log (after a height is committed, its records are no longer needed). */
  reset(): void {
    ftruncateSync(this.fd, 0);
    fsyncSync(this.fd);
  }

  close(): void {
    closeSync(this.fd);
  }
}
