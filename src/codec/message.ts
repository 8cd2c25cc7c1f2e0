/**
 * The codec boundary: domain objects (uint64 as bigint, bytes as Uint8Array)
 * to and from canonical protobuf bytes, through the generated protobufjs code.
 *
 * Canonical (docs/protocol.md §1) means: the bytes equal the encoding of the
 * decoded message. protobufjs encodes fields in field-number order, omits
 * proto3 default values and drops unknown fields, so re-encoding and
 * comparing rejects unknown, duplicate, out-of-order, default-valued and
 * non-minimally encoded fields in one check.
 */
import protobuf from 'protobufjs/minimal.js';
import { bytesEqual, U64_MAX } from '../crypto/bytes.js';
import { CodecError } from './errors.js';

interface GeneratedType {
  encode(message: object): protobuf.Writer;
  decode(bytes: Uint8Array): object;
  fromObject(object: object): object;
  toObject(message: object, options: protobuf.IConversionOptions): object;
}

const TO_OBJECT: protobuf.IConversionOptions = { longs: BigInt, defaults: true, oneofs: true };

export interface MessageCodec<T> {
  readonly name: string;
  encode(value: T): Uint8Array;
  /** Throws CodecError MALFORMED or NON_CANONICAL. */
  decode(bytes: Uint8Array): T;
  /**
   * For bytes this node's own `encode` wrote (its state): parsed without the
   * canonical re-encoding check, which only guards bytes from outside and
   * costs more than the parse itself. Throws CodecError MALFORMED.
   */
  decodeOwn(bytes: Uint8Array): T;
}

export function messageCodec<T extends object>(type: GeneratedType, name: string): MessageCodec<T> {
  return {
    name,
    encode(value: T): Uint8Array {
      checkRanges(value, name);
      // A plain Uint8Array view of protobufjs's Buffer, so that `.slice()` copies as callers expect.
      const out = type.encode(type.fromObject(value)).finish();
      return new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
    },
    decode(bytes: Uint8Array): T {
      const message = parse(type, name, bytes);
      if (!bytesEqual(type.encode(message).finish(), bytes)) {
        throw new CodecError('NON_CANONICAL', `${name}: not the canonical encoding`);
      }
      return type.toObject(message, TO_OBJECT) as T;
    },
    decodeOwn(bytes: Uint8Array): T {
      return type.toObject(parse(type, name, bytes), TO_OBJECT) as T;
    },
  };
}

function parse(type: GeneratedType, name: string, bytes: Uint8Array): object {
  try {
    return type.decode(bytes);
  } catch (err) {
    throw new CodecError('MALFORMED', `${name}: ${(err as Error).message}`);
  }
}

/**
 * protobufjs wraps out-of-range integers silently (uint32 via `>>> 0`, uint64
 * via `asIntN`), so check before encoding: bigint fields are uint64, number
 * fields are uint32 or enum values, both never negative.
 */
function checkRanges(value: unknown, path: string): void {
  if (typeof value === 'bigint') {
    if (value < 0n || value > U64_MAX) throw new CodecError('OUT_OF_RANGE', `${path} = ${value} is not a uint64`);
  } else if (typeof value === 'number') {
    if (!Number.isInteger(value) || value < 0 || value > 0xffffffff) {
      throw new CodecError('OUT_OF_RANGE', `${path} = ${value} is not a uint32`);
    }
  } else if (Array.isArray(value)) {
    value.forEach((item, i) => checkRanges(item, `${path}[${i}]`));
  } else if (value !== null && typeof value === 'object' && !(value instanceof Uint8Array)) {
    for (const [key, item] of Object.entries(value)) checkRanges(item, `${path}.${key}`);
  }
}
