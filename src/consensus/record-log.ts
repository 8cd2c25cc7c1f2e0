/**
 * An append-only file of checksummed records: the consensus write-ahead
 * log's framing (docs/consensus.md "Write-ahead log").
 *
 *   record = u32be(payload length) ‖ u32be(crc32(payload)) ‖ payload
 *
 * Opening reads the file record by record (never more than one record in
 * memory). A bad last record — cut short, complete but failing its
 * checksum, or zeros — is a write torn by a crash: it was never synced, so
 * never acted on, and it is cut off. A bad record with more bytes after it
 * is damage to data that was synced and perhaps sent, so the log refuses to
 * open (WAL_CORRUPT) rather than forget what the node signed.
 */
import { closeSync, fstatSync, fsyncSync, ftruncateSync, openSync, readSync, writeSync } from 'node:fs';
import { crc32 } from 'node:zlib';
import { ConsensusError } from './errors.js';

const HEADER = 8;
/** Larger lengths are garbage: no record comes near (a block is at most max_block_bytes). */
const MAX_RECORD_BYTES = 64 * 1024 * 1024;
const ZERO_CHUNK = 64 * 1024;

/** What the consensus engine needs of its write-ahead log (a file here; memory in the simulation). */
export interface WalStore {
  /** Appends one record; with `sync`, returns only once it is on disk (what the node must do before sending anything it signed). */
  append(payload: Uint8Array, sync: boolean): void;
  /** The records, oldest first, read one at a time. */
  records(): Iterable<Uint8Array>;
  /** Empties the log (after a height is committed its records are no longer needed). */
  reset(): void;
  /** Its size in bytes. */
  readonly bytes: number;
  close(): void;
}

function frame(payload: Uint8Array): Uint8Array {
  const out = new Uint8Array(HEADER + payload.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, payload.length);
  view.setUint32(4, crc32(payload));
  out.set(payload, HEADER);
  return out;
}

function readAt(fd: number, length: number, position: number): Uint8Array {
  const out = new Uint8Array(length);
  let done = 0;
  while (done < length) {
    const n = readSync(fd, out, done, length - done, position + done);
    if (n === 0) throw new RangeError(`short read at ${position + done}`);
    done += n;
  }
  return out;
}

function zerosFrom(fd: number, at: number, size: number): boolean {
  for (let p = at; p < size; p += ZERO_CHUNK) {
    if (!readAt(fd, Math.min(ZERO_CHUNK, size - p), p).every((b) => b === 0)) return false;
  }
  return true;
}

/**
 * The records of the first `size` bytes of `fd`; returns where the good
 * prefix ends. What a crash in the middle of an append can leave at the
 * end: part of a header, part of a payload, a full-length record whose
 * payload never reached the disk (bad checksum), or a run of zeros where
 * the file grew before its data was written. Anything else that fails is
 * corruption.
 */
function* frames(fd: number, size: number, path: string): Generator<Uint8Array, number> {
  let at = 0;
  let index = 0;
  const corrupt = (why: string) => new ConsensusError('WAL_CORRUPT', `${path}: record ${index} at byte ${at} ${why}`, { path, offset: at });
  while (at < size) {
    if (at + HEADER > size) break;
    const header = new DataView(readAt(fd, HEADER, at).buffer);
    const length = header.getUint32(0);
    if (length === 0 && header.getUint32(4) === 0 && zerosFrom(fd, at + HEADER, size)) break;
    if (length === 0 || length > MAX_RECORD_BYTES) throw corrupt(`claims ${length} bytes`);
    const end = at + HEADER + length;
    if (end > size) break;
    const payload = readAt(fd, length, at + HEADER);
    if (crc32(payload) !== header.getUint32(4)) {
      if (end === size) break;
      throw corrupt(`fails its checksum and ${size - end} bytes follow it`);
    }
    yield payload;
    index++;
    at = end;
  }
  return at;
}

export class RecordLog implements WalStore {
  private constructor(
    private fd: number,
    readonly path: string,
    private size: number,
  ) {}

  /** Opens (or creates) the log at `path`, checking every record and cutting off a torn last one. */
  static open(path: string): { log: RecordLog; truncated: number } {
    const fd = openSync(path, 'a+');
    try {
      const size = fstatSync(fd).size;
      const scan = frames(fd, size, path);
      let next = scan.next();
      while (!next.done) next = scan.next();
      const end = next.value;
      if (end < size) {
        ftruncateSync(fd, end);
        fsyncSync(fd);
      }
      return { log: new RecordLog(fd, path, end), truncated: size - end };
    } catch (err) {
      closeSync(fd);
      throw err;
    }
  }

  get bytes(): number {
    return this.size;
  }

  *records(): Generator<Uint8Array> {
    yield* frames(this.fd, this.size, this.path);
  }

  /** A failed write is cut back off, so a later append does not follow half a record. */
  append(payload: Uint8Array, sync: boolean): void {
    if (payload.length === 0 || payload.length > MAX_RECORD_BYTES) throw new RangeError(`WAL record of ${payload.length} bytes`);
    const bytes = frame(payload);
    try {
      let written = 0;
      while (written < bytes.length) written += writeSync(this.fd, bytes, written, bytes.length - written);
      if (sync) fsyncSync(this.fd);
    } catch (err) {
      try {
        ftruncateSync(this.fd, this.size);
      } catch {
        // The next open cuts a torn tail off; a failure here changes nothing.
      }
      throw err;
    }
    this.size += bytes.length;
  }

  reset(): void {
    ftruncateSync(this.fd, 0);
    fsyncSync(this.fd);
    this.size = 0;
  }

  close(): void {
    closeSync(this.fd);
  }
}
