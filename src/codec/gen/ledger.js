/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";

const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError, $TypeError = $util.global.TypeError, $String = $util.global.String, $Number = $util.global.Number, $parseInt = $util.global.parseInt, $BigInt = $util.global.BigInt, $Array = $util.global.Array, $Boolean = $util.global.Boolean;

const $root = $protobuf.roots["default"] || ($protobuf.roots["default"] = {});

export const ledger = $root.ledger = (() => {

    const ledger = {};

    ledger.v1 = (function() {

        const v1 = {};

        v1.Header = (function() {

            const Header = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            Header.prototype.chainId = "";
            Header.prototype.height = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            Header.prototype.timeMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            Header.prototype.prevHash = $util.newBuffer([]);
            Header.prototype.txRoot = $util.newBuffer([]);
            Header.prototype.stateRoot = $util.newBuffer([]);
            Header.prototype.payoutRoot = $util.newBuffer([]);
            Header.prototype.proposer = $util.newBuffer([]);
            Header.prototype.validatorsHash = $util.newBuffer([]);
            Header.prototype.lastCommitHash = $util.newBuffer([]);

            Header.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.chainId != null && $Object.hasOwnProperty.call(message, "chainId") && message.chainId !== "")
                    writer.uint32(10).string(message.chainId);
                if (message.height != null && $Object.hasOwnProperty.call(message, "height") && (typeof message.height === "object" ? message.height.low || message.height.high : message.height !== 0))
                    writer.uint32(16).uint64(message.height);
                if (message.timeMs != null && $Object.hasOwnProperty.call(message, "timeMs") && (typeof message.timeMs === "object" ? message.timeMs.low || message.timeMs.high : message.timeMs !== 0))
                    writer.uint32(24).uint64(message.timeMs);
                if (message.prevHash != null && $Object.hasOwnProperty.call(message, "prevHash") && message.prevHash.length)
                    writer.uint32(34).bytes(message.prevHash);
                if (message.txRoot != null && $Object.hasOwnProperty.call(message, "txRoot") && message.txRoot.length)
                    writer.uint32(42).bytes(message.txRoot);
                if (message.stateRoot != null && $Object.hasOwnProperty.call(message, "stateRoot") && message.stateRoot.length)
                    writer.uint32(50).bytes(message.stateRoot);
                if (message.payoutRoot != null && $Object.hasOwnProperty.call(message, "payoutRoot") && message.payoutRoot.length)
                    writer.uint32(58).bytes(message.payoutRoot);
                if (message.proposer != null && $Object.hasOwnProperty.call(message, "proposer") && message.proposer.length)
                    writer.uint32(66).bytes(message.proposer);
                if (message.validatorsHash != null && $Object.hasOwnProperty.call(message, "validatorsHash") && message.validatorsHash.length)
                    writer.uint32(74).bytes(message.validatorsHash);
                if (message.lastCommitHash != null && $Object.hasOwnProperty.call(message, "lastCommitHash") && message.lastCommitHash.length)
                    writer.uint32(82).bytes(message.lastCommitHash);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            Header.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ledger.v1.Header();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.chainId = value;
                            else
                                delete message.chainId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.height = value;
                            else
                                delete message.height;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.timeMs = value;
                            else
                                delete message.timeMs;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.prevHash = value;
                            else
                                delete message.prevHash;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.txRoot = value;
                            else
                                delete message.txRoot;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.stateRoot = value;
                            else
                                delete message.stateRoot;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.payoutRoot = value;
                            else
                                delete message.payoutRoot;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.proposer = value;
                            else
                                delete message.proposer;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.validatorsHash = value;
                            else
                                delete message.validatorsHash;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.lastCommitHash = value;
                            else
                                delete message.lastCommitHash;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            Header.fromObject = function (object, _depth) {
                if (object instanceof $root.ledger.v1.Header)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".ledger.v1.Header: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.ledger.v1.Header();
                if (object.chainId != null)
                    if (typeof object.chainId !== "string" || object.chainId.length)
                        message.chainId = $String(object.chainId);
                if (object.height != null)
                    if (typeof object.height === "object" ? object.height.low || object.height.high : $Number(object.height) !== 0)
                        if ($util.Long)
                            message.height = $util.Long.fromValue(object.height, true);
                        else if (typeof object.height === "string")
                            message.height = $parseInt(object.height, 10);
                        else if (typeof object.height === "number")
                            message.height = object.height;
                        else if (typeof object.height === "object")
                            message.height = new $util.LongBits(object.height.low >>> 0, object.height.high >>> 0).toNumber(true);
                if (object.timeMs != null)
                    if (typeof object.timeMs === "object" ? object.timeMs.low || object.timeMs.high : $Number(object.timeMs) !== 0)
                        if ($util.Long)
                            message.timeMs = $util.Long.fromValue(object.timeMs, true);
                        else if (typeof object.timeMs === "string")
                            message.timeMs = $parseInt(object.timeMs, 10);
                        else if (typeof object.timeMs === "number")
                            message.timeMs = object.timeMs;
                        else if (typeof object.timeMs === "object")
                            message.timeMs = new $util.LongBits(object.timeMs.low >>> 0, object.timeMs.high >>> 0).toNumber(true);
                if (object.prevHash != null)
                    if (object.prevHash.length)
                        if (typeof object.prevHash === "string")
                            $util.base64.decode(object.prevHash, message.prevHash = $util.newBuffer($util.base64.length(object.prevHash)), 0);
                        else if (object.prevHash.length >= 0)
                            message.prevHash = object.prevHash;
                if (object.txRoot != null)
                    if (object.txRoot.length)
                        if (typeof object.txRoot === "string")
                            $util.base64.decode(object.txRoot, message.txRoot = $util.newBuffer($util.base64.length(object.txRoot)), 0);
                        else if (object.txRoot.length >= 0)
                            message.txRoot = object.txRoot;
                if (object.stateRoot != null)
                    if (object.stateRoot.length)
                        if (typeof object.stateRoot === "string")
                            $util.base64.decode(object.stateRoot, message.stateRoot = $util.newBuffer($util.base64.length(object.stateRoot)), 0);
                        else if (object.stateRoot.length >= 0)
                            message.stateRoot = object.stateRoot;
                if (object.payoutRoot != null)
                    if (object.payoutRoot.length)
                        if (typeof object.payoutRoot === "string")
                            $util.base64.decode(object.payoutRoot, message.payoutRoot = $util.newBuffer($util.base64.length(object.payoutRoot)), 0);
                        else if (object.payoutRoot.length >= 0)
                            message.payoutRoot = object.payoutRoot;
                if (object.proposer != null)
                    if (object.proposer.length)
                        if (typeof object.proposer === "string")
                            $util.base64.decode(object.proposer, message.proposer = $util.newBuffer($util.base64.length(object.proposer)), 0);
                        else if (object.proposer.length >= 0)
                            message.proposer = object.proposer;
                if (object.validatorsHash != null)
                    if (object.validatorsHash.length)
                        if (typeof object.validatorsHash === "string")
                            $util.base64.decode(object.validatorsHash, message.validatorsHash = $util.newBuffer($util.base64.length(object.validatorsHash)), 0);
                        else if (object.validatorsHash.length >= 0)
                            message.validatorsHash = object.validatorsHash;
                if (object.lastCommitHash != null)
                    if (object.lastCommitHash.length)
                        if (typeof object.lastCommitHash === "string")
                            $util.base64.decode(object.lastCommitHash, message.lastCommitHash = $util.newBuffer($util.base64.length(object.lastCommitHash)), 0);
                        else if (object.lastCommitHash.length >= 0)
                            message.lastCommitHash = object.lastCommitHash;
                return message;
            };

            Header.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.chainId = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.height = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.height = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.timeMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.timeMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if (options.bytes === $String)
                        object.prevHash = "";
                    else {
                        object.prevHash = [];
                        if (options.bytes !== $Array)
                            object.prevHash = $util.newBuffer(object.prevHash);
                    }
                    if (options.bytes === $String)
                        object.txRoot = "";
                    else {
                        object.txRoot = [];
                        if (options.bytes !== $Array)
                            object.txRoot = $util.newBuffer(object.txRoot);
                    }
                    if (options.bytes === $String)
                        object.stateRoot = "";
                    else {
                        object.stateRoot = [];
                        if (options.bytes !== $Array)
                            object.stateRoot = $util.newBuffer(object.stateRoot);
                    }
                    if (options.bytes === $String)
                        object.payoutRoot = "";
                    else {
                        object.payoutRoot = [];
                        if (options.bytes !== $Array)
                            object.payoutRoot = $util.newBuffer(object.payoutRoot);
                    }
                    if (options.bytes === $String)
                        object.proposer = "";
                    else {
                        object.proposer = [];
                        if (options.bytes !== $Array)
                            object.proposer = $util.newBuffer(object.proposer);
                    }
                    if (options.bytes === $String)
                        object.validatorsHash = "";
                    else {
                        object.validatorsHash = [];
                        if (options.bytes !== $Array)
                            object.validatorsHash = $util.newBuffer(object.validatorsHash);
                    }
                    if (options.bytes === $String)
                        object.lastCommitHash = "";
                    else {
                        object.lastCommitHash = [];
                        if (options.bytes !== $Array)
                            object.lastCommitHash = $util.newBuffer(object.lastCommitHash);
                    }
                }
                if (message.chainId != null && $Object.hasOwnProperty.call(message, "chainId"))
                    object.chainId = message.chainId;
                if (message.height != null && $Object.hasOwnProperty.call(message, "height"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.height = typeof message.height === "number" ? $BigInt(message.height) : $util.Long.fromBits(message.height.low >>> 0, message.height.high >>> 0, true).toBigInt();
                    else if (typeof message.height === "number")
                        object.height = options.longs === $String ? $String(message.height) : message.height;
                    else
                        object.height = options.longs === $String ? $util.Long.prototype.toString.call(message.height) : options.longs === $Number ? new $util.LongBits(message.height.low >>> 0, message.height.high >>> 0).toNumber(true) : message.height;
                if (message.timeMs != null && $Object.hasOwnProperty.call(message, "timeMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.timeMs = typeof message.timeMs === "number" ? $BigInt(message.timeMs) : $util.Long.fromBits(message.timeMs.low >>> 0, message.timeMs.high >>> 0, true).toBigInt();
                    else if (typeof message.timeMs === "number")
                        object.timeMs = options.longs === $String ? $String(message.timeMs) : message.timeMs;
                    else
                        object.timeMs = options.longs === $String ? $util.Long.prototype.toString.call(message.timeMs) : options.longs === $Number ? new $util.LongBits(message.timeMs.low >>> 0, message.timeMs.high >>> 0).toNumber(true) : message.timeMs;
                if (message.prevHash != null && $Object.hasOwnProperty.call(message, "prevHash"))
                    object.prevHash = options.bytes === $String ? $util.base64.encode(message.prevHash, 0, message.prevHash.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.prevHash) : message.prevHash;
                if (message.txRoot != null && $Object.hasOwnProperty.call(message, "txRoot"))
                    object.txRoot = options.bytes === $String ? $util.base64.encode(message.txRoot, 0, message.txRoot.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.txRoot) : message.txRoot;
                if (message.stateRoot != null && $Object.hasOwnProperty.call(message, "stateRoot"))
                    object.stateRoot = options.bytes === $String ? $util.base64.encode(message.stateRoot, 0, message.stateRoot.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.stateRoot) : message.stateRoot;
                if (message.payoutRoot != null && $Object.hasOwnProperty.call(message, "payoutRoot"))
                    object.payoutRoot = options.bytes === $String ? $util.base64.encode(message.payoutRoot, 0, message.payoutRoot.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.payoutRoot) : message.payoutRoot;
                if (message.proposer != null && $Object.hasOwnProperty.call(message, "proposer"))
                    object.proposer = options.bytes === $String ? $util.base64.encode(message.proposer, 0, message.proposer.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.proposer) : message.proposer;
                if (message.validatorsHash != null && $Object.hasOwnProperty.call(message, "validatorsHash"))
                    object.validatorsHash = options.bytes === $String ? $util.base64.encode(message.validatorsHash, 0, message.validatorsHash.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.validatorsHash) : message.validatorsHash;
                if (message.lastCommitHash != null && $Object.hasOwnProperty.call(message, "lastCommitHash"))
                    object.lastCommitHash = options.bytes === $String ? $util.base64.encode(message.lastCommitHash, 0, message.lastCommitHash.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.lastCommitHash) : message.lastCommitHash;
                return object;
            };

            Header.prototype.toJSON = function() {
                return Header.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Header;
        })();

        v1.Block = (function() {

            const Block = function (properties) {
                this.txs = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            Block.prototype.header = null;
            Block.prototype.txs = $util.emptyArray;
            Block.prototype.lastCommit = null;

            Block.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.header != null && $Object.hasOwnProperty.call(message, "header"))
                    $root.ledger.v1.Header.encode(message.header, writer.uint32(10).fork(), _depth + 1).ldelim();
                if (message.txs != null && message.txs.length)
                    for (let i = 0; i < message.txs.length; ++i)
                        writer.uint32(18).bytes(message.txs[i]);
                if (message.lastCommit != null && $Object.hasOwnProperty.call(message, "lastCommit"))
                    $root.ledger.v1.Commit.encode(message.lastCommit, writer.uint32(26).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            Block.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ledger.v1.Block();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.header = $root.ledger.v1.Header.decode(reader, reader.size(), $undefined, _depth + 1, message.header);
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (!(message.txs && message.txs.length))
                                message.txs = [];
                            message.txs.push(reader.bytes());
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.lastCommit = $root.ledger.v1.Commit.decode(reader, reader.size(), $undefined, _depth + 1, message.lastCommit);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            Block.fromObject = function (object, _depth) {
                if (object instanceof $root.ledger.v1.Block)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".ledger.v1.Block: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.ledger.v1.Block();
                if (object.header != null) {
                    if (!$util.isObject(object.header))
                        throw $TypeError(".ledger.v1.Block.header: object expected");
                    message.header = $root.ledger.v1.Header.fromObject(object.header, _depth + 1);
                }
                if (object.txs) {
                    if (!$Array.isArray(object.txs))
                        throw $TypeError(".ledger.v1.Block.txs: array expected");
                    message.txs = $Array(object.txs.length);
                    for (let i = 0; i < object.txs.length; ++i)
                        if (typeof object.txs[i] === "string")
                            $util.base64.decode(object.txs[i], message.txs[i] = $util.newBuffer($util.base64.length(object.txs[i])), 0);
                        else if (object.txs[i].length >= 0)
                            message.txs[i] = object.txs[i];
                }
                if (object.lastCommit != null) {
                    if (!$util.isObject(object.lastCommit))
                        throw $TypeError(".ledger.v1.Block.lastCommit: object expected");
                    message.lastCommit = $root.ledger.v1.Commit.fromObject(object.lastCommit, _depth + 1);
                }
                return message;
            };

            Block.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.txs = [];
                if (options.defaults) {
                    object.header = null;
                    object.lastCommit = null;
                }
                if (message.header != null && $Object.hasOwnProperty.call(message, "header"))
                    object.header = $root.ledger.v1.Header.toObject(message.header, options, _depth + 1);
                if (message.txs && message.txs.length) {
                    object.txs = $Array(message.txs.length);
                    for (let j = 0; j < message.txs.length; ++j)
                        object.txs[j] = options.bytes === $String ? $util.base64.encode(message.txs[j], 0, message.txs[j].length) : options.bytes === $Array ? $Array.prototype.slice.call(message.txs[j]) : message.txs[j];
                }
                if (message.lastCommit != null && $Object.hasOwnProperty.call(message, "lastCommit"))
                    object.lastCommit = $root.ledger.v1.Commit.toObject(message.lastCommit, options, _depth + 1);
                return object;
            };

            Block.prototype.toJSON = function() {
                return Block.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Block;
        })();

        v1.PayoutRole = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "PAYOUT_ROLE_UNSPECIFIED"] = 0;
            values[valuesById[1] = "PAYOUT_ROLE_FEE"] = 1;
            values[valuesById[2] = "PAYOUT_ROLE_VALIDATOR"] = 2;
            values[valuesById[3] = "PAYOUT_ROLE_OWNER"] = 3;
            values[valuesById[4] = "PAYOUT_ROLE_DATA"] = 4;
            values[valuesById[5] = "PAYOUT_ROLE_POOL"] = 5;
            values[valuesById[6] = "PAYOUT_ROLE_BURN"] = 6;
            return values;
        })();

        v1.PayoutRow = (function() {

            const PayoutRow = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            PayoutRow.prototype.txIndex = 0;
            PayoutRow.prototype.role = 0;
            PayoutRow.prototype.recipient = $util.newBuffer([]);
            PayoutRow.prototype.contributionId = $util.newBuffer([]);
            PayoutRow.prototype.amount = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            PayoutRow.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.txIndex != null && $Object.hasOwnProperty.call(message, "txIndex") && message.txIndex !== 0)
                    writer.uint32(8).uint32(message.txIndex);
                if (message.role != null && $Object.hasOwnProperty.call(message, "role") && message.role !== 0)
                    writer.uint32(16).int32(message.role);
                if (message.recipient != null && $Object.hasOwnProperty.call(message, "recipient") && message.recipient.length)
                    writer.uint32(26).bytes(message.recipient);
                if (message.contributionId != null && $Object.hasOwnProperty.call(message, "contributionId") && message.contributionId.length)
                    writer.uint32(34).bytes(message.contributionId);
                if (message.amount != null && $Object.hasOwnProperty.call(message, "amount") && (typeof message.amount === "object" ? message.amount.low || message.amount.high : message.amount !== 0))
                    writer.uint32(40).uint64(message.amount);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            PayoutRow.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ledger.v1.PayoutRow();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.txIndex = value;
                            else
                                delete message.txIndex;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.role = value;
                            else
                                delete message.role;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.recipient = value;
                            else
                                delete message.recipient;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.contributionId = value;
                            else
                                delete message.contributionId;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.amount = value;
                            else
                                delete message.amount;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            PayoutRow.fromObject = function (object, _depth) {
                if (object instanceof $root.ledger.v1.PayoutRow)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".ledger.v1.PayoutRow: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.ledger.v1.PayoutRow();
                if (object.txIndex != null)
                    if ($Number(object.txIndex) !== 0)
                        message.txIndex = object.txIndex >>> 0;
                if (object.role !== 0 && (typeof object.role !== "string" || $root.ledger.v1.PayoutRole[object.role] !== 0))
                    switch (object.role) {
                    case "PAYOUT_ROLE_UNSPECIFIED":
                    case 0:
                        message.role = 0;
                        break;
                    case "PAYOUT_ROLE_FEE":
                    case 1:
                        message.role = 1;
                        break;
                    case "PAYOUT_ROLE_VALIDATOR":
                    case 2:
                        message.role = 2;
                        break;
                    case "PAYOUT_ROLE_OWNER":
                    case 3:
                        message.role = 3;
                        break;
                    case "PAYOUT_ROLE_DATA":
                    case 4:
                        message.role = 4;
                        break;
                    case "PAYOUT_ROLE_POOL":
                    case 5:
                        message.role = 5;
                        break;
                    case "PAYOUT_ROLE_BURN":
                    case 6:
                        message.role = 6;
                        break;
                    default:
                        if (typeof object.role === "number" && (object.role | 0) === object.role)
                            message.role = object.role;
                    }
                if (object.recipient != null)
                    if (object.recipient.length)
                        if (typeof object.recipient === "string")
                            $util.base64.decode(object.recipient, message.recipient = $util.newBuffer($util.base64.length(object.recipient)), 0);
                        else if (object.recipient.length >= 0)
                            message.recipient = object.recipient;
                if (object.contributionId != null)
                    if (object.contributionId.length)
                        if (typeof object.contributionId === "string")
                            $util.base64.decode(object.contributionId, message.contributionId = $util.newBuffer($util.base64.length(object.contributionId)), 0);
                        else if (object.contributionId.length >= 0)
                            message.contributionId = object.contributionId;
                if (object.amount != null)
                    if (typeof object.amount === "object" ? object.amount.low || object.amount.high : $Number(object.amount) !== 0)
                        if ($util.Long)
                            message.amount = $util.Long.fromValue(object.amount, true);
                        else if (typeof object.amount === "string")
                            message.amount = $parseInt(object.amount, 10);
                        else if (typeof object.amount === "number")
                            message.amount = object.amount;
                        else if (typeof object.amount === "object")
                            message.amount = new $util.LongBits(object.amount.low >>> 0, object.amount.high >>> 0).toNumber(true);
                return message;
            };

            PayoutRow.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.txIndex = 0;
                    object.role = options.enums === $String ? "PAYOUT_ROLE_UNSPECIFIED" : 0;
                    if (options.bytes === $String)
                        object.recipient = "";
                    else {
                        object.recipient = [];
                        if (options.bytes !== $Array)
                            object.recipient = $util.newBuffer(object.recipient);
                    }
                    if (options.bytes === $String)
                        object.contributionId = "";
                    else {
                        object.contributionId = [];
                        if (options.bytes !== $Array)
                            object.contributionId = $util.newBuffer(object.contributionId);
                    }
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.amount = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.amount = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.txIndex != null && $Object.hasOwnProperty.call(message, "txIndex"))
                    object.txIndex = message.txIndex;
                if (message.role != null && $Object.hasOwnProperty.call(message, "role"))
                    object.role = options.enums === $String ? $root.ledger.v1.PayoutRole[message.role] === $undefined ? message.role : $root.ledger.v1.PayoutRole[message.role] : message.role;
                if (message.recipient != null && $Object.hasOwnProperty.call(message, "recipient"))
                    object.recipient = options.bytes === $String ? $util.base64.encode(message.recipient, 0, message.recipient.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.recipient) : message.recipient;
                if (message.contributionId != null && $Object.hasOwnProperty.call(message, "contributionId"))
                    object.contributionId = options.bytes === $String ? $util.base64.encode(message.contributionId, 0, message.contributionId.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.contributionId) : message.contributionId;
                if (message.amount != null && $Object.hasOwnProperty.call(message, "amount"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.amount = typeof message.amount === "number" ? $BigInt(message.amount) : $util.Long.fromBits(message.amount.low >>> 0, message.amount.high >>> 0, true).toBigInt();
                    else if (typeof message.amount === "number")
                        object.amount = options.longs === $String ? $String(message.amount) : message.amount;
                    else
                        object.amount = options.longs === $String ? $util.Long.prototype.toString.call(message.amount) : options.longs === $Number ? new $util.LongBits(message.amount.low >>> 0, message.amount.high >>> 0).toNumber(true) : message.amount;
                return object;
            };

            PayoutRow.prototype.toJSON = function() {
                return PayoutRow.toObject(this, $protobuf.util.toJSONOptions);
            };

            return PayoutRow;
        })();

        v1.VoteType = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "VOTE_TYPE_UNSPECIFIED"] = 0;
            values[valuesById[1] = "VOTE_TYPE_PREVOTE"] = 1;
            values[valuesById[2] = "VOTE_TYPE_PRECOMMIT"] = 2;
            return values;
        })();

        v1.Vote = (function() {

            const Vote = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            Vote.prototype.chainId = "";
            Vote.prototype.height = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            Vote.prototype.round = 0;
            Vote.prototype.type = 0;
            Vote.prototype.blockHash = $util.newBuffer([]);

            Vote.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.chainId != null && $Object.hasOwnProperty.call(message, "chainId") && message.chainId !== "")
                    writer.uint32(10).string(message.chainId);
                if (message.height != null && $Object.hasOwnProperty.call(message, "height") && (typeof message.height === "object" ? message.height.low || message.height.high : message.height !== 0))
                    writer.uint32(16).uint64(message.height);
                if (message.round != null && $Object.hasOwnProperty.call(message, "round") && message.round !== 0)
                    writer.uint32(24).uint32(message.round);
                if (message.type != null && $Object.hasOwnProperty.call(message, "type") && message.type !== 0)
                    writer.uint32(32).int32(message.type);
                if (message.blockHash != null && $Object.hasOwnProperty.call(message, "blockHash") && message.blockHash.length)
                    writer.uint32(42).bytes(message.blockHash);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            Vote.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ledger.v1.Vote();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.chainId = value;
                            else
                                delete message.chainId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.height = value;
                            else
                                delete message.height;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.round = value;
                            else
                                delete message.round;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.type = value;
                            else
                                delete message.type;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.blockHash = value;
                            else
                                delete message.blockHash;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            Vote.fromObject = function (object, _depth) {
                if (object instanceof $root.ledger.v1.Vote)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".ledger.v1.Vote: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.ledger.v1.Vote();
                if (object.chainId != null)
                    if (typeof object.chainId !== "string" || object.chainId.length)
                        message.chainId = $String(object.chainId);
                if (object.height != null)
                    if (typeof object.height === "object" ? object.height.low || object.height.high : $Number(object.height) !== 0)
                        if ($util.Long)
                            message.height = $util.Long.fromValue(object.height, true);
                        else if (typeof object.height === "string")
                            message.height = $parseInt(object.height, 10);
                        else if (typeof object.height === "number")
                            message.height = object.height;
                        else if (typeof object.height === "object")
                            message.height = new $util.LongBits(object.height.low >>> 0, object.height.high >>> 0).toNumber(true);
                if (object.round != null)
                    if ($Number(object.round) !== 0)
                        message.round = object.round >>> 0;
                if (object.type !== 0 && (typeof object.type !== "string" || $root.ledger.v1.VoteType[object.type] !== 0))
                    switch (object.type) {
                    case "VOTE_TYPE_UNSPECIFIED":
                    case 0:
                        message.type = 0;
                        break;
                    case "VOTE_TYPE_PREVOTE":
                    case 1:
                        message.type = 1;
                        break;
                    case "VOTE_TYPE_PRECOMMIT":
                    case 2:
                        message.type = 2;
                        break;
                    default:
                        if (typeof object.type === "number" && (object.type | 0) === object.type)
                            message.type = object.type;
                    }
                if (object.blockHash != null)
                    if (object.blockHash.length)
                        if (typeof object.blockHash === "string")
                            $util.base64.decode(object.blockHash, message.blockHash = $util.newBuffer($util.base64.length(object.blockHash)), 0);
                        else if (object.blockHash.length >= 0)
                            message.blockHash = object.blockHash;
                return message;
            };

            Vote.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.chainId = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.height = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.height = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.round = 0;
                    object.type = options.enums === $String ? "VOTE_TYPE_UNSPECIFIED" : 0;
                    if (options.bytes === $String)
                        object.blockHash = "";
                    else {
                        object.blockHash = [];
                        if (options.bytes !== $Array)
                            object.blockHash = $util.newBuffer(object.blockHash);
                    }
                }
                if (message.chainId != null && $Object.hasOwnProperty.call(message, "chainId"))
                    object.chainId = message.chainId;
                if (message.height != null && $Object.hasOwnProperty.call(message, "height"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.height = typeof message.height === "number" ? $BigInt(message.height) : $util.Long.fromBits(message.height.low >>> 0, message.height.high >>> 0, true).toBigInt();
                    else if (typeof message.height === "number")
                        object.height = options.longs === $String ? $String(message.height) : message.height;
                    else
                        object.height = options.longs === $String ? $util.Long.prototype.toString.call(message.height) : options.longs === $Number ? new $util.LongBits(message.height.low >>> 0, message.height.high >>> 0).toNumber(true) : message.height;
                if (message.round != null && $Object.hasOwnProperty.call(message, "round"))
                    object.round = message.round;
                if (message.type != null && $Object.hasOwnProperty.call(message, "type"))
                    object.type = options.enums === $String ? $root.ledger.v1.VoteType[message.type] === $undefined ? message.type : $root.ledger.v1.VoteType[message.type] : message.type;
                if (message.blockHash != null && $Object.hasOwnProperty.call(message, "blockHash"))
                    object.blockHash = options.bytes === $String ? $util.base64.encode(message.blockHash, 0, message.blockHash.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.blockHash) : message.blockHash;
                return object;
            };

            Vote.prototype.toJSON = function() {
                return Vote.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Vote;
        })();

        v1.SignedVote = (function() {

            const SignedVote = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            SignedVote.prototype.vote = null;
            SignedVote.prototype.validator = $util.newBuffer([]);
            SignedVote.prototype.signature = $util.newBuffer([]);

            SignedVote.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.vote != null && $Object.hasOwnProperty.call(message, "vote"))
                    $root.ledger.v1.Vote.encode(message.vote, writer.uint32(10).fork(), _depth + 1).ldelim();
                if (message.validator != null && $Object.hasOwnProperty.call(message, "validator") && message.validator.length)
                    writer.uint32(18).bytes(message.validator);
                if (message.signature != null && $Object.hasOwnProperty.call(message, "signature") && message.signature.length)
                    writer.uint32(26).bytes(message.signature);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            SignedVote.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ledger.v1.SignedVote();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.vote = $root.ledger.v1.Vote.decode(reader, reader.size(), $undefined, _depth + 1, message.vote);
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.validator = value;
                            else
                                delete message.validator;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.signature = value;
                            else
                                delete message.signature;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            SignedVote.fromObject = function (object, _depth) {
                if (object instanceof $root.ledger.v1.SignedVote)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".ledger.v1.SignedVote: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.ledger.v1.SignedVote();
                if (object.vote != null) {
                    if (!$util.isObject(object.vote))
                        throw $TypeError(".ledger.v1.SignedVote.vote: object expected");
                    message.vote = $root.ledger.v1.Vote.fromObject(object.vote, _depth + 1);
                }
                if (object.validator != null)
                    if (object.validator.length)
                        if (typeof object.validator === "string")
                            $util.base64.decode(object.validator, message.validator = $util.newBuffer($util.base64.length(object.validator)), 0);
                        else if (object.validator.length >= 0)
                            message.validator = object.validator;
                if (object.signature != null)
                    if (object.signature.length)
                        if (typeof object.signature === "string")
                            $util.base64.decode(object.signature, message.signature = $util.newBuffer($util.base64.length(object.signature)), 0);
                        else if (object.signature.length >= 0)
                            message.signature = object.signature;
                return message;
            };

            SignedVote.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.vote = null;
                    if (options.bytes === $String)
                        object.validator = "";
                    else {
                        object.validator = [];
                        if (options.bytes !== $Array)
                            object.validator = $util.newBuffer(object.validator);
                    }
                    if (options.bytes === $String)
                        object.signature = "";
                    else {
                        object.signature = [];
                        if (options.bytes !== $Array)
                            object.signature = $util.newBuffer(object.signature);
                    }
                }
                if (message.vote != null && $Object.hasOwnProperty.call(message, "vote"))
                    object.vote = $root.ledger.v1.Vote.toObject(message.vote, options, _depth + 1);
                if (message.validator != null && $Object.hasOwnProperty.call(message, "validator"))
                    object.validator = options.bytes === $String ? $util.base64.encode(message.validator, 0, message.validator.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.validator) : message.validator;
                if (message.signature != null && $Object.hasOwnProperty.call(message, "signature"))
                    object.signature = options.bytes === $String ? $util.base64.encode(message.signature, 0, message.signature.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.signature) : message.signature;
                return object;
            };

            SignedVote.prototype.toJSON = function() {
                return SignedVote.toObject(this, $protobuf.util.toJSONOptions);
            };

            return SignedVote;
        })();

        v1.CommitSig = (function() {

            const CommitSig = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            CommitSig.prototype.validator = $util.newBuffer([]);
            CommitSig.prototype.signature = $util.newBuffer([]);

            CommitSig.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.validator != null && $Object.hasOwnProperty.call(message, "validator") && message.validator.length)
                    writer.uint32(10).bytes(message.validator);
                if (message.signature != null && $Object.hasOwnProperty.call(message, "signature") && message.signature.length)
                    writer.uint32(18).bytes(message.signature);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            CommitSig.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ledger.v1.CommitSig();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.validator = value;
                            else
                                delete message.validator;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.signature = value;
                            else
                                delete message.signature;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            CommitSig.fromObject = function (object, _depth) {
                if (object instanceof $root.ledger.v1.CommitSig)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".ledger.v1.CommitSig: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.ledger.v1.CommitSig();
                if (object.validator != null)
                    if (object.validator.length)
                        if (typeof object.validator === "string")
                            $util.base64.decode(object.validator, message.validator = $util.newBuffer($util.base64.length(object.validator)), 0);
                        else if (object.validator.length >= 0)
                            message.validator = object.validator;
                if (object.signature != null)
                    if (object.signature.length)
                        if (typeof object.signature === "string")
                            $util.base64.decode(object.signature, message.signature = $util.newBuffer($util.base64.length(object.signature)), 0);
                        else if (object.signature.length >= 0)
                            message.signature = object.signature;
                return message;
            };

            CommitSig.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    if (options.bytes === $String)
                        object.validator = "";
                    else {
                        object.validator = [];
                        if (options.bytes !== $Array)
                            object.validator = $util.newBuffer(object.validator);
                    }
                    if (options.bytes === $String)
                        object.signature = "";
                    else {
                        object.signature = [];
                        if (options.bytes !== $Array)
                            object.signature = $util.newBuffer(object.signature);
                    }
                }
                if (message.validator != null && $Object.hasOwnProperty.call(message, "validator"))
                    object.validator = options.bytes === $String ? $util.base64.encode(message.validator, 0, message.validator.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.validator) : message.validator;
                if (message.signature != null && $Object.hasOwnProperty.call(message, "signature"))
                    object.signature = options.bytes === $String ? $util.base64.encode(message.signature, 0, message.signature.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.signature) : message.signature;
                return object;
            };

            CommitSig.prototype.toJSON = function() {
                return CommitSig.toObject(this, $protobuf.util.toJSONOptions);
            };

            return CommitSig;
        })();

        v1.Commit = (function() {

            const Commit = function (properties) {
                this.signatures = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            Commit.prototype.height = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            Commit.prototype.round = 0;
            Commit.prototype.blockHash = $util.newBuffer([]);
            Commit.prototype.signatures = $util.emptyArray;

            Commit.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.height != null && $Object.hasOwnProperty.call(message, "height") && (typeof message.height === "object" ? message.height.low || message.height.high : message.height !== 0))
                    writer.uint32(8).uint64(message.height);
                if (message.round != null && $Object.hasOwnProperty.call(message, "round") && message.round !== 0)
                    writer.uint32(16).uint32(message.round);
                if (message.blockHash != null && $Object.hasOwnProperty.call(message, "blockHash") && message.blockHash.length)
                    writer.uint32(26).bytes(message.blockHash);
                if (message.signatures != null && message.signatures.length)
                    for (let i = 0; i < message.signatures.length; ++i)
                        $root.ledger.v1.CommitSig.encode(message.signatures[i], writer.uint32(34).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            Commit.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ledger.v1.Commit();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.height = value;
                            else
                                delete message.height;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.round = value;
                            else
                                delete message.round;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.blockHash = value;
                            else
                                delete message.blockHash;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if (!(message.signatures && message.signatures.length))
                                message.signatures = [];
                            message.signatures.push($root.ledger.v1.CommitSig.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            Commit.fromObject = function (object, _depth) {
                if (object instanceof $root.ledger.v1.Commit)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".ledger.v1.Commit: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.ledger.v1.Commit();
                if (object.height != null)
                    if (typeof object.height === "object" ? object.height.low || object.height.high : $Number(object.height) !== 0)
                        if ($util.Long)
                            message.height = $util.Long.fromValue(object.height, true);
                        else if (typeof object.height === "string")
                            message.height = $parseInt(object.height, 10);
                        else if (typeof object.height === "number")
                            message.height = object.height;
                        else if (typeof object.height === "object")
                            message.height = new $util.LongBits(object.height.low >>> 0, object.height.high >>> 0).toNumber(true);
                if (object.round != null)
                    if ($Number(object.round) !== 0)
                        message.round = object.round >>> 0;
                if (object.blockHash != null)
                    if (object.blockHash.length)
                        if (typeof object.blockHash === "string")
                            $util.base64.decode(object.blockHash, message.blockHash = $util.newBuffer($util.base64.length(object.blockHash)), 0);
                        else if (object.blockHash.length >= 0)
                            message.blockHash = object.blockHash;
                if (object.signatures) {
                    if (!$Array.isArray(object.signatures))
                        throw $TypeError(".ledger.v1.Commit.signatures: array expected");
                    message.signatures = $Array(object.signatures.length);
                    for (let i = 0; i < object.signatures.length; ++i) {
                        if (!$util.isObject(object.signatures[i]))
                            throw $TypeError(".ledger.v1.Commit.signatures: object expected");
                        message.signatures[i] = $root.ledger.v1.CommitSig.fromObject(object.signatures[i], _depth + 1);
                    }
                }
                return message;
            };

            Commit.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.signatures = [];
                if (options.defaults) {
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.height = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.height = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.round = 0;
                    if (options.bytes === $String)
                        object.blockHash = "";
                    else {
                        object.blockHash = [];
                        if (options.bytes !== $Array)
                            object.blockHash = $util.newBuffer(object.blockHash);
                    }
                }
                if (message.height != null && $Object.hasOwnProperty.call(message, "height"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.height = typeof message.height === "number" ? $BigInt(message.height) : $util.Long.fromBits(message.height.low >>> 0, message.height.high >>> 0, true).toBigInt();
                    else if (typeof message.height === "number")
                        object.height = options.longs === $String ? $String(message.height) : message.height;
                    else
                        object.height = options.longs === $String ? $util.Long.prototype.toString.call(message.height) : options.longs === $Number ? new $util.LongBits(message.height.low >>> 0, message.height.high >>> 0).toNumber(true) : message.height;
                if (message.round != null && $Object.hasOwnProperty.call(message, "round"))
                    object.round = message.round;
                if (message.blockHash != null && $Object.hasOwnProperty.call(message, "blockHash"))
                    object.blockHash = options.bytes === $String ? $util.base64.encode(message.blockHash, 0, message.blockHash.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.blockHash) : message.blockHash;
                if (message.signatures && message.signatures.length) {
                    object.signatures = $Array(message.signatures.length);
                    for (let j = 0; j < message.signatures.length; ++j)
                        object.signatures[j] = $root.ledger.v1.CommitSig.toObject(message.signatures[j], options, _depth + 1);
                }
                return object;
            };

            Commit.prototype.toJSON = function() {
                return Commit.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Commit;
        })();

        v1.VoteQuorum = (function() {

            const VoteQuorum = function (properties) {
                this.signatures = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            VoteQuorum.prototype.vote = null;
            VoteQuorum.prototype.signatures = $util.emptyArray;

            VoteQuorum.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.vote != null && $Object.hasOwnProperty.call(message, "vote"))
                    $root.ledger.v1.Vote.encode(message.vote, writer.uint32(10).fork(), _depth + 1).ldelim();
                if (message.signatures != null && message.signatures.length)
                    for (let i = 0; i < message.signatures.length; ++i)
                        $root.ledger.v1.CommitSig.encode(message.signatures[i], writer.uint32(18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            VoteQuorum.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ledger.v1.VoteQuorum();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.vote = $root.ledger.v1.Vote.decode(reader, reader.size(), $undefined, _depth + 1, message.vote);
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (!(message.signatures && message.signatures.length))
                                message.signatures = [];
                            message.signatures.push($root.ledger.v1.CommitSig.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            VoteQuorum.fromObject = function (object, _depth) {
                if (object instanceof $root.ledger.v1.VoteQuorum)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".ledger.v1.VoteQuorum: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.ledger.v1.VoteQuorum();
                if (object.vote != null) {
                    if (!$util.isObject(object.vote))
                        throw $TypeError(".ledger.v1.VoteQuorum.vote: object expected");
                    message.vote = $root.ledger.v1.Vote.fromObject(object.vote, _depth + 1);
                }
                if (object.signatures) {
                    if (!$Array.isArray(object.signatures))
                        throw $TypeError(".ledger.v1.VoteQuorum.signatures: array expected");
                    message.signatures = $Array(object.signatures.length);
                    for (let i = 0; i < object.signatures.length; ++i) {
                        if (!$util.isObject(object.signatures[i]))
                            throw $TypeError(".ledger.v1.VoteQuorum.signatures: object expected");
                        message.signatures[i] = $root.ledger.v1.CommitSig.fromObject(object.signatures[i], _depth + 1);
                    }
                }
                return message;
            };

            VoteQuorum.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.signatures = [];
                if (options.defaults)
                    object.vote = null;
                if (message.vote != null && $Object.hasOwnProperty.call(message, "vote"))
                    object.vote = $root.ledger.v1.Vote.toObject(message.vote, options, _depth + 1);
                if (message.signatures && message.signatures.length) {
                    object.signatures = $Array(message.signatures.length);
                    for (let j = 0; j < message.signatures.length; ++j)
                        object.signatures[j] = $root.ledger.v1.CommitSig.toObject(message.signatures[j], options, _depth + 1);
                }
                return object;
            };

            VoteQuorum.prototype.toJSON = function() {
                return VoteQuorum.toObject(this, $protobuf.util.toJSONOptions);
            };

            return VoteQuorum;
        })();

        v1.Proposal = (function() {

            const Proposal = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            Proposal.prototype.chainId = "";
            Proposal.prototype.height = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            Proposal.prototype.round = 0;
            Proposal.prototype.hasPolRound = false;
            Proposal.prototype.polRound = 0;
            Proposal.prototype.blockHash = $util.newBuffer([]);

            Proposal.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.chainId != null && $Object.hasOwnProperty.call(message, "chainId") && message.chainId !== "")
                    writer.uint32(10).string(message.chainId);
                if (message.height != null && $Object.hasOwnProperty.call(message, "height") && (typeof message.height === "object" ? message.height.low || message.height.high : message.height !== 0))
                    writer.uint32(16).uint64(message.height);
                if (message.round != null && $Object.hasOwnProperty.call(message, "round") && message.round !== 0)
                    writer.uint32(24).uint32(message.round);
                if (message.hasPolRound != null && $Object.hasOwnProperty.call(message, "hasPolRound") && message.hasPolRound !== false)
                    writer.uint32(32).bool(message.hasPolRound);
                if (message.polRound != null && $Object.hasOwnProperty.call(message, "polRound") && message.polRound !== 0)
                    writer.uint32(40).uint32(message.polRound);
                if (message.blockHash != null && $Object.hasOwnProperty.call(message, "blockHash") && message.blockHash.length)
                    writer.uint32(50).bytes(message.blockHash);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            Proposal.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ledger.v1.Proposal();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.chainId = value;
                            else
                                delete message.chainId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.height = value;
                            else
                                delete message.height;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.round = value;
                            else
                                delete message.round;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.hasPolRound = value;
                            else
                                delete message.hasPolRound;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.polRound = value;
                            else
                                delete message.polRound;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.blockHash = value;
                            else
                                delete message.blockHash;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            Proposal.fromObject = function (object, _depth) {
                if (object instanceof $root.ledger.v1.Proposal)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".ledger.v1.Proposal: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.ledger.v1.Proposal();
                if (object.chainId != null)
                    if (typeof object.chainId !== "string" || object.chainId.length)
                        message.chainId = $String(object.chainId);
                if (object.height != null)
                    if (typeof object.height === "object" ? object.height.low || object.height.high : $Number(object.height) !== 0)
                        if ($util.Long)
                            message.height = $util.Long.fromValue(object.height, true);
                        else if (typeof object.height === "string")
                            message.height = $parseInt(object.height, 10);
                        else if (typeof object.height === "number")
                            message.height = object.height;
                        else if (typeof object.height === "object")
                            message.height = new $util.LongBits(object.height.low >>> 0, object.height.high >>> 0).toNumber(true);
                if (object.round != null)
                    if ($Number(object.round) !== 0)
                        message.round = object.round >>> 0;
                if (object.hasPolRound != null)
                    if (object.hasPolRound)
                        message.hasPolRound = $Boolean(object.hasPolRound);
                if (object.polRound != null)
                    if ($Number(object.polRound) !== 0)
                        message.polRound = object.polRound >>> 0;
                if (object.blockHash != null)
                    if (object.blockHash.length)
                        if (typeof object.blockHash === "string")
                            $util.base64.decode(object.blockHash, message.blockHash = $util.newBuffer($util.base64.length(object.blockHash)), 0);
                        else if (object.blockHash.length >= 0)
                            message.blockHash = object.blockHash;
                return message;
            };

            Proposal.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.chainId = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.height = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.height = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.round = 0;
                    object.hasPolRound = false;
                    object.polRound = 0;
                    if (options.bytes === $String)
                        object.blockHash = "";
                    else {
                        object.blockHash = [];
                        if (options.bytes !== $Array)
                            object.blockHash = $util.newBuffer(object.blockHash);
                    }
                }
                if (message.chainId != null && $Object.hasOwnProperty.call(message, "chainId"))
                    object.chainId = message.chainId;
                if (message.height != null && $Object.hasOwnProperty.call(message, "height"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.height = typeof message.height === "number" ? $BigInt(message.height) : $util.Long.fromBits(message.height.low >>> 0, message.height.high >>> 0, true).toBigInt();
                    else if (typeof message.height === "number")
                        object.height = options.longs === $String ? $String(message.height) : message.height;
                    else
                        object.height = options.longs === $String ? $util.Long.prototype.toString.call(message.height) : options.longs === $Number ? new $util.LongBits(message.height.low >>> 0, message.height.high >>> 0).toNumber(true) : message.height;
                if (message.round != null && $Object.hasOwnProperty.call(message, "round"))
                    object.round = message.round;
                if (message.hasPolRound != null && $Object.hasOwnProperty.call(message, "hasPolRound"))
                    object.hasPolRound = message.hasPolRound;
                if (message.polRound != null && $Object.hasOwnProperty.call(message, "polRound"))
                    object.polRound = message.polRound;
                if (message.blockHash != null && $Object.hasOwnProperty.call(message, "blockHash"))
                    object.blockHash = options.bytes === $String ? $util.base64.encode(message.blockHash, 0, message.blockHash.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.blockHash) : message.blockHash;
                return object;
            };

            Proposal.prototype.toJSON = function() {
                return Proposal.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Proposal;
        })();

        v1.TxBatch = (function() {

            const TxBatch = function (properties) {
                this.txs = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            TxBatch.prototype.txs = $util.emptyArray;

            TxBatch.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.txs != null && message.txs.length)
                    for (let i = 0; i < message.txs.length; ++i)
                        writer.uint32(10).bytes(message.txs[i]);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            TxBatch.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ledger.v1.TxBatch();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.txs && message.txs.length))
                                message.txs = [];
                            message.txs.push(reader.bytes());
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            TxBatch.fromObject = function (object, _depth) {
                if (object instanceof $root.ledger.v1.TxBatch)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".ledger.v1.TxBatch: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.ledger.v1.TxBatch();
                if (object.txs) {
                    if (!$Array.isArray(object.txs))
                        throw $TypeError(".ledger.v1.TxBatch.txs: array expected");
                    message.txs = $Array(object.txs.length);
                    for (let i = 0; i < object.txs.length; ++i)
                        if (typeof object.txs[i] === "string")
                            $util.base64.decode(object.txs[i], message.txs[i] = $util.newBuffer($util.base64.length(object.txs[i])), 0);
                        else if (object.txs[i].length >= 0)
                            message.txs[i] = object.txs[i];
                }
                return message;
            };

            TxBatch.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.txs = [];
                if (message.txs && message.txs.length) {
                    object.txs = $Array(message.txs.length);
                    for (let j = 0; j < message.txs.length; ++j)
                        object.txs[j] = options.bytes === $String ? $util.base64.encode(message.txs[j], 0, message.txs[j].length) : options.bytes === $Array ? $Array.prototype.slice.call(message.txs[j]) : message.txs[j];
                }
                return object;
            };

            TxBatch.prototype.toJSON = function() {
                return TxBatch.toObject(this, $protobuf.util.toJSONOptions);
            };

            return TxBatch;
        })();

        v1.CertifiedBlock = (function() {

            const CertifiedBlock = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            CertifiedBlock.prototype.block = null;
            CertifiedBlock.prototype.commit = null;

            CertifiedBlock.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.block != null && $Object.hasOwnProperty.call(message, "block"))
                    $root.ledger.v1.Block.encode(message.block, writer.uint32(10).fork(), _depth + 1).ldelim();
                if (message.commit != null && $Object.hasOwnProperty.call(message, "commit"))
                    $root.ledger.v1.Commit.encode(message.commit, writer.uint32(18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            CertifiedBlock.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ledger.v1.CertifiedBlock();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.block = $root.ledger.v1.Block.decode(reader, reader.size(), $undefined, _depth + 1, message.block);
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.commit = $root.ledger.v1.Commit.decode(reader, reader.size(), $undefined, _depth + 1, message.commit);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            CertifiedBlock.fromObject = function (object, _depth) {
                if (object instanceof $root.ledger.v1.CertifiedBlock)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".ledger.v1.CertifiedBlock: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.ledger.v1.CertifiedBlock();
                if (object.block != null) {
                    if (!$util.isObject(object.block))
                        throw $TypeError(".ledger.v1.CertifiedBlock.block: object expected");
                    message.block = $root.ledger.v1.Block.fromObject(object.block, _depth + 1);
                }
                if (object.commit != null) {
                    if (!$util.isObject(object.commit))
                        throw $TypeError(".ledger.v1.CertifiedBlock.commit: object expected");
                    message.commit = $root.ledger.v1.Commit.fromObject(object.commit, _depth + 1);
                }
                return message;
            };

            CertifiedBlock.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.block = null;
                    object.commit = null;
                }
                if (message.block != null && $Object.hasOwnProperty.call(message, "block"))
                    object.block = $root.ledger.v1.Block.toObject(message.block, options, _depth + 1);
                if (message.commit != null && $Object.hasOwnProperty.call(message, "commit"))
                    object.commit = $root.ledger.v1.Commit.toObject(message.commit, options, _depth + 1);
                return object;
            };

            CertifiedBlock.prototype.toJSON = function() {
                return CertifiedBlock.toObject(this, $protobuf.util.toJSONOptions);
            };

            return CertifiedBlock;
        })();

        v1.SyncRequest = (function() {

            const SyncRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            SyncRequest.prototype.fromHeight = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            SyncRequest.prototype.maxBlocks = 0;

            SyncRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.fromHeight != null && $Object.hasOwnProperty.call(message, "fromHeight") && (typeof message.fromHeight === "object" ? message.fromHeight.low || message.fromHeight.high : message.fromHeight !== 0))
                    writer.uint32(8).uint64(message.fromHeight);
                if (message.maxBlocks != null && $Object.hasOwnProperty.call(message, "maxBlocks") && message.maxBlocks !== 0)
                    writer.uint32(16).uint32(message.maxBlocks);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            SyncRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ledger.v1.SyncRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.fromHeight = value;
                            else
                                delete message.fromHeight;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.maxBlocks = value;
                            else
                                delete message.maxBlocks;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            SyncRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.ledger.v1.SyncRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".ledger.v1.SyncRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.ledger.v1.SyncRequest();
                if (object.fromHeight != null)
                    if (typeof object.fromHeight === "object" ? object.fromHeight.low || object.fromHeight.high : $Number(object.fromHeight) !== 0)
                        if ($util.Long)
                            message.fromHeight = $util.Long.fromValue(object.fromHeight, true);
                        else if (typeof object.fromHeight === "string")
                            message.fromHeight = $parseInt(object.fromHeight, 10);
                        else if (typeof object.fromHeight === "number")
                            message.fromHeight = object.fromHeight;
                        else if (typeof object.fromHeight === "object")
                            message.fromHeight = new $util.LongBits(object.fromHeight.low >>> 0, object.fromHeight.high >>> 0).toNumber(true);
                if (object.maxBlocks != null)
                    if ($Number(object.maxBlocks) !== 0)
                        message.maxBlocks = object.maxBlocks >>> 0;
                return message;
            };

            SyncRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.fromHeight = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.fromHeight = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.maxBlocks = 0;
                }
                if (message.fromHeight != null && $Object.hasOwnProperty.call(message, "fromHeight"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.fromHeight = typeof message.fromHeight === "number" ? $BigInt(message.fromHeight) : $util.Long.fromBits(message.fromHeight.low >>> 0, message.fromHeight.high >>> 0, true).toBigInt();
                    else if (typeof message.fromHeight === "number")
                        object.fromHeight = options.longs === $String ? $String(message.fromHeight) : message.fromHeight;
                    else
                        object.fromHeight = options.longs === $String ? $util.Long.prototype.toString.call(message.fromHeight) : options.longs === $Number ? new $util.LongBits(message.fromHeight.low >>> 0, message.fromHeight.high >>> 0).toNumber(true) : message.fromHeight;
                if (message.maxBlocks != null && $Object.hasOwnProperty.call(message, "maxBlocks"))
                    object.maxBlocks = message.maxBlocks;
                return object;
            };

            SyncRequest.prototype.toJSON = function() {
                return SyncRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            return SyncRequest;
        })();

        v1.SyncStatus = (function() {

            const SyncStatus = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            SyncStatus.prototype.height = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            SyncStatus.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.height != null && $Object.hasOwnProperty.call(message, "height") && (typeof message.height === "object" ? message.height.low || message.height.high : message.height !== 0))
                    writer.uint32(8).uint64(message.height);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            SyncStatus.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ledger.v1.SyncStatus();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.height = value;
                            else
                                delete message.height;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            SyncStatus.fromObject = function (object, _depth) {
                if (object instanceof $root.ledger.v1.SyncStatus)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".ledger.v1.SyncStatus: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.ledger.v1.SyncStatus();
                if (object.height != null)
                    if (typeof object.height === "object" ? object.height.low || object.height.high : $Number(object.height) !== 0)
                        if ($util.Long)
                            message.height = $util.Long.fromValue(object.height, true);
                        else if (typeof object.height === "string")
                            message.height = $parseInt(object.height, 10);
                        else if (typeof object.height === "number")
                            message.height = object.height;
                        else if (typeof object.height === "object")
                            message.height = new $util.LongBits(object.height.low >>> 0, object.height.high >>> 0).toNumber(true);
                return message;
            };

            SyncStatus.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.height = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.height = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                if (message.height != null && $Object.hasOwnProperty.call(message, "height"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.height = typeof message.height === "number" ? $BigInt(message.height) : $util.Long.fromBits(message.height.low >>> 0, message.height.high >>> 0, true).toBigInt();
                    else if (typeof message.height === "number")
                        object.height = options.longs === $String ? $String(message.height) : message.height;
                    else
                        object.height = options.longs === $String ? $util.Long.prototype.toString.call(message.height) : options.longs === $Number ? new $util.LongBits(message.height.low >>> 0, message.height.high >>> 0).toNumber(true) : message.height;
                return object;
            };

            SyncStatus.prototype.toJSON = function() {
                return SyncStatus.toObject(this, $protobuf.util.toJSONOptions);
            };

            return SyncStatus;
        })();

        v1.SignedProposal = (function() {

            const SignedProposal = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            SignedProposal.prototype.proposal = null;
            SignedProposal.prototype.proposer = $util.newBuffer([]);
            SignedProposal.prototype.signature = $util.newBuffer([]);
            SignedProposal.prototype.block = null;

            SignedProposal.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.proposal != null && $Object.hasOwnProperty.call(message, "proposal"))
                    $root.ledger.v1.Proposal.encode(message.proposal, writer.uint32(10).fork(), _depth + 1).ldelim();
                if (message.proposer != null && $Object.hasOwnProperty.call(message, "proposer") && message.proposer.length)
                    writer.uint32(18).bytes(message.proposer);
                if (message.signature != null && $Object.hasOwnProperty.call(message, "signature") && message.signature.length)
                    writer.uint32(26).bytes(message.signature);
                if (message.block != null && $Object.hasOwnProperty.call(message, "block"))
                    $root.ledger.v1.Block.encode(message.block, writer.uint32(34).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            SignedProposal.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ledger.v1.SignedProposal();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.proposal = $root.ledger.v1.Proposal.decode(reader, reader.size(), $undefined, _depth + 1, message.proposal);
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.proposer = value;
                            else
                                delete message.proposer;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.signature = value;
                            else
                                delete message.signature;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.block = $root.ledger.v1.Block.decode(reader, reader.size(), $undefined, _depth + 1, message.block);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            SignedProposal.fromObject = function (object, _depth) {
                if (object instanceof $root.ledger.v1.SignedProposal)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".ledger.v1.SignedProposal: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.ledger.v1.SignedProposal();
                if (object.proposal != null) {
                    if (!$util.isObject(object.proposal))
                        throw $TypeError(".ledger.v1.SignedProposal.proposal: object expected");
                    message.proposal = $root.ledger.v1.Proposal.fromObject(object.proposal, _depth + 1);
                }
                if (object.proposer != null)
                    if (object.proposer.length)
                        if (typeof object.proposer === "string")
                            $util.base64.decode(object.proposer, message.proposer = $util.newBuffer($util.base64.length(object.proposer)), 0);
                        else if (object.proposer.length >= 0)
                            message.proposer = object.proposer;
                if (object.signature != null)
                    if (object.signature.length)
                        if (typeof object.signature === "string")
                            $util.base64.decode(object.signature, message.signature = $util.newBuffer($util.base64.length(object.signature)), 0);
                        else if (object.signature.length >= 0)
                            message.signature = object.signature;
                if (object.block != null) {
                    if (!$util.isObject(object.block))
                        throw $TypeError(".ledger.v1.SignedProposal.block: object expected");
                    message.block = $root.ledger.v1.Block.fromObject(object.block, _depth + 1);
                }
                return message;
            };

            SignedProposal.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.proposal = null;
                    if (options.bytes === $String)
                        object.proposer = "";
                    else {
                        object.proposer = [];
                        if (options.bytes !== $Array)
                            object.proposer = $util.newBuffer(object.proposer);
                    }
                    if (options.bytes === $String)
                        object.signature = "";
                    else {
                        object.signature = [];
                        if (options.bytes !== $Array)
                            object.signature = $util.newBuffer(object.signature);
                    }
                    object.block = null;
                }
                if (message.proposal != null && $Object.hasOwnProperty.call(message, "proposal"))
                    object.proposal = $root.ledger.v1.Proposal.toObject(message.proposal, options, _depth + 1);
                if (message.proposer != null && $Object.hasOwnProperty.call(message, "proposer"))
                    object.proposer = options.bytes === $String ? $util.base64.encode(message.proposer, 0, message.proposer.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.proposer) : message.proposer;
                if (message.signature != null && $Object.hasOwnProperty.call(message, "signature"))
                    object.signature = options.bytes === $String ? $util.base64.encode(message.signature, 0, message.signature.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.signature) : message.signature;
                if (message.block != null && $Object.hasOwnProperty.call(message, "block"))
                    object.block = $root.ledger.v1.Block.toObject(message.block, options, _depth + 1);
                return object;
            };

            SignedProposal.prototype.toJSON = function() {
                return SignedProposal.toObject(this, $protobuf.util.toJSONOptions);
            };

            return SignedProposal;
        })();

        v1.ConsensusMessage = (function() {

            const ConsensusMessage = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            ConsensusMessage.prototype.proposal = null;
            ConsensusMessage.prototype.vote = null;
            ConsensusMessage.prototype.quorum = null;

            let $oneOfFields;

            $Object.defineProperty(ConsensusMessage.prototype, "message", {
                get: $util.oneOfGetter($oneOfFields = ["proposal", "vote", "quorum"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            ConsensusMessage.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.proposal != null && $Object.hasOwnProperty.call(message, "proposal"))
                    $root.ledger.v1.SignedProposal.encode(message.proposal, writer.uint32(10).fork(), _depth + 1).ldelim();
                if (message.vote != null && $Object.hasOwnProperty.call(message, "vote"))
                    $root.ledger.v1.SignedVote.encode(message.vote, writer.uint32(18).fork(), _depth + 1).ldelim();
                if (message.quorum != null && $Object.hasOwnProperty.call(message, "quorum"))
                    $root.ledger.v1.VoteQuorum.encode(message.quorum, writer.uint32(26).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            ConsensusMessage.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ledger.v1.ConsensusMessage();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.proposal = $root.ledger.v1.SignedProposal.decode(reader, reader.size(), $undefined, _depth + 1, message.proposal);
                            message.message = "proposal";
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.vote = $root.ledger.v1.SignedVote.decode(reader, reader.size(), $undefined, _depth + 1, message.vote);
                            message.message = "vote";
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.quorum = $root.ledger.v1.VoteQuorum.decode(reader, reader.size(), $undefined, _depth + 1, message.quorum);
                            message.message = "quorum";
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            ConsensusMessage.fromObject = function (object, _depth) {
                if (object instanceof $root.ledger.v1.ConsensusMessage)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".ledger.v1.ConsensusMessage: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.ledger.v1.ConsensusMessage();
                if (object.proposal != null) {
                    if (!$util.isObject(object.proposal))
                        throw $TypeError(".ledger.v1.ConsensusMessage.proposal: object expected");
                    message.proposal = $root.ledger.v1.SignedProposal.fromObject(object.proposal, _depth + 1);
                }
                if (object.vote != null) {
                    if (!$util.isObject(object.vote))
                        throw $TypeError(".ledger.v1.ConsensusMessage.vote: object expected");
                    message.vote = $root.ledger.v1.SignedVote.fromObject(object.vote, _depth + 1);
                }
                if (object.quorum != null) {
                    if (!$util.isObject(object.quorum))
                        throw $TypeError(".ledger.v1.ConsensusMessage.quorum: object expected");
                    message.quorum = $root.ledger.v1.VoteQuorum.fromObject(object.quorum, _depth + 1);
                }
                return message;
            };

            ConsensusMessage.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (message.proposal != null && $Object.hasOwnProperty.call(message, "proposal")) {
                    object.proposal = $root.ledger.v1.SignedProposal.toObject(message.proposal, options, _depth + 1);
                    if (options.oneofs)
                        object.message = "proposal";
                }
                if (message.vote != null && $Object.hasOwnProperty.call(message, "vote")) {
                    object.vote = $root.ledger.v1.SignedVote.toObject(message.vote, options, _depth + 1);
                    if (options.oneofs)
                        object.message = "vote";
                }
                if (message.quorum != null && $Object.hasOwnProperty.call(message, "quorum")) {
                    object.quorum = $root.ledger.v1.VoteQuorum.toObject(message.quorum, options, _depth + 1);
                    if (options.oneofs)
                        object.message = "quorum";
                }
                return object;
            };

            ConsensusMessage.prototype.toJSON = function() {
                return ConsensusMessage.toObject(this, $protobuf.util.toJSONOptions);
            };

            return ConsensusMessage;
        })();

        v1.AttributionVersion = (function() {

            const AttributionVersion = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            AttributionVersion.prototype.fromHeight = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            AttributionVersion.prototype.version = 0;
            AttributionVersion.prototype.dupThreshold = 0;
            AttributionVersion.prototype.matchThreshold = 0;
            AttributionVersion.prototype.topK = 0;
            AttributionVersion.prototype.dupBands = 0;
            AttributionVersion.prototype.dupRows = 0;
            AttributionVersion.prototype.lshBucketCap = 0;
            AttributionVersion.prototype.matchBands = 0;
            AttributionVersion.prototype.matchRows = 0;

            AttributionVersion.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.fromHeight != null && $Object.hasOwnProperty.call(message, "fromHeight") && (typeof message.fromHeight === "object" ? message.fromHeight.low || message.fromHeight.high : message.fromHeight !== 0))
                    writer.uint32(8).uint64(message.fromHeight);
                if (message.version != null && $Object.hasOwnProperty.call(message, "version") && message.version !== 0)
                    writer.uint32(16).uint32(message.version);
                if (message.dupThreshold != null && $Object.hasOwnProperty.call(message, "dupThreshold") && message.dupThreshold !== 0)
                    writer.uint32(24).uint32(message.dupThreshold);
                if (message.matchThreshold != null && $Object.hasOwnProperty.call(message, "matchThreshold") && message.matchThreshold !== 0)
                    writer.uint32(32).uint32(message.matchThreshold);
                if (message.topK != null && $Object.hasOwnProperty.call(message, "topK") && message.topK !== 0)
                    writer.uint32(40).uint32(message.topK);
                if (message.dupBands != null && $Object.hasOwnProperty.call(message, "dupBands") && message.dupBands !== 0)
                    writer.uint32(48).uint32(message.dupBands);
                if (message.dupRows != null && $Object.hasOwnProperty.call(message, "dupRows") && message.dupRows !== 0)
                    writer.uint32(56).uint32(message.dupRows);
                if (message.lshBucketCap != null && $Object.hasOwnProperty.call(message, "lshBucketCap") && message.lshBucketCap !== 0)
                    writer.uint32(64).uint32(message.lshBucketCap);
                if (message.matchBands != null && $Object.hasOwnProperty.call(message, "matchBands") && message.matchBands !== 0)
                    writer.uint32(72).uint32(message.matchBands);
                if (message.matchRows != null && $Object.hasOwnProperty.call(message, "matchRows") && message.matchRows !== 0)
                    writer.uint32(80).uint32(message.matchRows);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            AttributionVersion.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ledger.v1.AttributionVersion();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.fromHeight = value;
                            else
                                delete message.fromHeight;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.version = value;
                            else
                                delete message.version;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.dupThreshold = value;
                            else
                                delete message.dupThreshold;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.matchThreshold = value;
                            else
                                delete message.matchThreshold;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.topK = value;
                            else
                                delete message.topK;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.dupBands = value;
                            else
                                delete message.dupBands;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.dupRows = value;
                            else
                                delete message.dupRows;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.lshBucketCap = value;
                            else
                                delete message.lshBucketCap;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.matchBands = value;
                            else
                                delete message.matchBands;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.matchRows = value;
                            else
                                delete message.matchRows;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            AttributionVersion.fromObject = function (object, _depth) {
                if (object instanceof $root.ledger.v1.AttributionVersion)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".ledger.v1.AttributionVersion: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.ledger.v1.AttributionVersion();
                if (object.fromHeight != null)
                    if (typeof object.fromHeight === "object" ? object.fromHeight.low || object.fromHeight.high : $Number(object.fromHeight) !== 0)
                        if ($util.Long)
                            message.fromHeight = $util.Long.fromValue(object.fromHeight, true);
                        else if (typeof object.fromHeight === "string")
                            message.fromHeight = $parseInt(object.fromHeight, 10);
                        else if (typeof object.fromHeight === "number")
                            message.fromHeight = object.fromHeight;
                        else if (typeof object.fromHeight === "object")
                            message.fromHeight = new $util.LongBits(object.fromHeight.low >>> 0, object.fromHeight.high >>> 0).toNumber(true);
                if (object.version != null)
                    if ($Number(object.version) !== 0)
                        message.version = object.version >>> 0;
                if (object.dupThreshold != null)
                    if ($Number(object.dupThreshold) !== 0)
                        message.dupThreshold = object.dupThreshold >>> 0;
                if (object.matchThreshold != null)
                    if ($Number(object.matchThreshold) !== 0)
                        message.matchThreshold = object.matchThreshold >>> 0;
                if (object.topK != null)
                    if ($Number(object.topK) !== 0)
                        message.topK = object.topK >>> 0;
                if (object.dupBands != null)
                    if ($Number(object.dupBands) !== 0)
                        message.dupBands = object.dupBands >>> 0;
                if (object.dupRows != null)
                    if ($Number(object.dupRows) !== 0)
                        message.dupRows = object.dupRows >>> 0;
                if (object.lshBucketCap != null)
                    if ($Number(object.lshBucketCap) !== 0)
                        message.lshBucketCap = object.lshBucketCap >>> 0;
                if (object.matchBands != null)
                    if ($Number(object.matchBands) !== 0)
                        message.matchBands = object.matchBands >>> 0;
                if (object.matchRows != null)
                    if ($Number(object.matchRows) !== 0)
                        message.matchRows = object.matchRows >>> 0;
                return message;
            };

            AttributionVersion.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.fromHeight = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.fromHeight = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.version = 0;
                    object.dupThreshold = 0;
                    object.matchThreshold = 0;
                    object.topK = 0;
                    object.dupBands = 0;
                    object.dupRows = 0;
                    object.lshBucketCap = 0;
                    object.matchBands = 0;
                    object.matchRows = 0;
                }
                if (message.fromHeight != null && $Object.hasOwnProperty.call(message, "fromHeight"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.fromHeight = typeof message.fromHeight === "number" ? $BigInt(message.fromHeight) : $util.Long.fromBits(message.fromHeight.low >>> 0, message.fromHeight.high >>> 0, true).toBigInt();
                    else if (typeof message.fromHeight === "number")
                        object.fromHeight = options.longs === $String ? $String(message.fromHeight) : message.fromHeight;
                    else
                        object.fromHeight = options.longs === $String ? $util.Long.prototype.toString.call(message.fromHeight) : options.longs === $Number ? new $util.LongBits(message.fromHeight.low >>> 0, message.fromHeight.high >>> 0).toNumber(true) : message.fromHeight;
                if (message.version != null && $Object.hasOwnProperty.call(message, "version"))
                    object.version = message.version;
                if (message.dupThreshold != null && $Object.hasOwnProperty.call(message, "dupThreshold"))
                    object.dupThreshold = message.dupThreshold;
                if (message.matchThreshold != null && $Object.hasOwnProperty.call(message, "matchThreshold"))
                    object.matchThreshold = message.matchThreshold;
                if (message.topK != null && $Object.hasOwnProperty.call(message, "topK"))
                    object.topK = message.topK;
                if (message.dupBands != null && $Object.hasOwnProperty.call(message, "dupBands"))
                    object.dupBands = message.dupBands;
                if (message.dupRows != null && $Object.hasOwnProperty.call(message, "dupRows"))
                    object.dupRows = message.dupRows;
                if (message.lshBucketCap != null && $Object.hasOwnProperty.call(message, "lshBucketCap"))
                    object.lshBucketCap = message.lshBucketCap;
                if (message.matchBands != null && $Object.hasOwnProperty.call(message, "matchBands"))
                    object.matchBands = message.matchBands;
                if (message.matchRows != null && $Object.hasOwnProperty.call(message, "matchRows"))
                    object.matchRows = message.matchRows;
                return object;
            };

            AttributionVersion.prototype.toJSON = function() {
                return AttributionVersion.toObject(this, $protobuf.util.toJSONOptions);
            };

            return AttributionVersion;
        })();

        v1.Params = (function() {

            const Params = function (properties) {
                this.attributionVersions = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            Params.prototype.validatorBps = 0;
            Params.prototype.maxOwnerShareBps = 0;
            Params.prototype.minTxFee = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            Params.prototype.minUsageFee = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            Params.prototype.minContributionStake = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            Params.prototype.minChallengeBlocks = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            Params.prototype.maxContributionBytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            Params.prototype.maxTxBytes = 0;
            Params.prototype.maxBlockBytes = 0;
            Params.prototype.sketchK = 0;
            Params.prototype.maxScores = 0;
            Params.prototype.maxClaimEntries = 0;
            Params.prototype.maxCurators = 0;
            Params.prototype.maxTrainingDatanets = 0;
            Params.prototype.attributionVersions = $util.emptyArray;
            Params.prototype.timeoutProposeMs = 0;
            Params.prototype.timeoutProposeDeltaMs = 0;
            Params.prototype.timeoutVoteMs = 0;
            Params.prototype.timeoutVoteDeltaMs = 0;
            Params.prototype.maxClockDriftMs = 0;
            Params.prototype.minValidatorStake = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            Params.prototype.validatorUpdateDelay = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            Params.prototype.unbondingBlocks = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            Params.prototype.slashBps = 0;
            Params.prototype.evidenceMaxAgeBlocks = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            Params.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.validatorBps != null && $Object.hasOwnProperty.call(message, "validatorBps") && message.validatorBps !== 0)
                    writer.uint32(8).uint32(message.validatorBps);
                if (message.maxOwnerShareBps != null && $Object.hasOwnProperty.call(message, "maxOwnerShareBps") && message.maxOwnerShareBps !== 0)
                    writer.uint32(16).uint32(message.maxOwnerShareBps);
                if (message.minTxFee != null && $Object.hasOwnProperty.call(message, "minTxFee") && (typeof message.minTxFee === "object" ? message.minTxFee.low || message.minTxFee.high : message.minTxFee !== 0))
                    writer.uint32(24).uint64(message.minTxFee);
                if (message.minUsageFee != null && $Object.hasOwnProperty.call(message, "minUsageFee") && (typeof message.minUsageFee === "object" ? message.minUsageFee.low || message.minUsageFee.high : message.minUsageFee !== 0))
                    writer.uint32(32).uint64(message.minUsageFee);
                if (message.minContributionStake != null && $Object.hasOwnProperty.call(message, "minContributionStake") && (typeof message.minContributionStake === "object" ? message.minContributionStake.low || message.minContributionStake.high : message.minContributionStake !== 0))
                    writer.uint32(40).uint64(message.minContributionStake);
                if (message.minChallengeBlocks != null && $Object.hasOwnProperty.call(message, "minChallengeBlocks") && (typeof message.minChallengeBlocks === "object" ? message.minChallengeBlocks.low || message.minChallengeBlocks.high : message.minChallengeBlocks !== 0))
                    writer.uint32(48).uint64(message.minChallengeBlocks);
                if (message.maxContributionBytes != null && $Object.hasOwnProperty.call(message, "maxContributionBytes") && (typeof message.maxContributionBytes === "object" ? message.maxContributionBytes.low || message.maxContributionBytes.high : message.maxContributionBytes !== 0))
                    writer.uint32(56).uint64(message.maxContributionBytes);
                if (message.maxTxBytes != null && $Object.hasOwnProperty.call(message, "maxTxBytes") && message.maxTxBytes !== 0)
                    writer.uint32(64).uint32(message.maxTxBytes);
                if (message.maxBlockBytes != null && $Object.hasOwnProperty.call(message, "maxBlockBytes") && message.maxBlockBytes !== 0)
                    writer.uint32(72).uint32(message.maxBlockBytes);
                if (message.sketchK != null && $Object.hasOwnProperty.call(message, "sketchK") && message.sketchK !== 0)
                    writer.uint32(80).uint32(message.sketchK);
                if (message.maxScores != null && $Object.hasOwnProperty.call(message, "maxScores") && message.maxScores !== 0)
                    writer.uint32(88).uint32(message.maxScores);
                if (message.maxClaimEntries != null && $Object.hasOwnProperty.call(message, "maxClaimEntries") && message.maxClaimEntries !== 0)
                    writer.uint32(96).uint32(message.maxClaimEntries);
                if (message.maxCurators != null && $Object.hasOwnProperty.call(message, "maxCurators") && message.maxCurators !== 0)
                    writer.uint32(104).uint32(message.maxCurators);
                if (message.maxTrainingDatanets != null && $Object.hasOwnProperty.call(message, "maxTrainingDatanets") && message.maxTrainingDatanets !== 0)
                    writer.uint32(112).uint32(message.maxTrainingDatanets);
                if (message.attributionVersions != null && message.attributionVersions.length)
                    for (let i = 0; i < message.attributionVersions.length; ++i)
                        $root.ledger.v1.AttributionVersion.encode(message.attributionVersions[i], writer.uint32(122).fork(), _depth + 1).ldelim();
                if (message.timeoutProposeMs != null && $Object.hasOwnProperty.call(message, "timeoutProposeMs") && message.timeoutProposeMs !== 0)
                    writer.uint32(128).uint32(message.timeoutProposeMs);
                if (message.timeoutProposeDeltaMs != null && $Object.hasOwnProperty.call(message, "timeoutProposeDeltaMs") && message.timeoutProposeDeltaMs !== 0)
                    writer.uint32(136).uint32(message.timeoutProposeDeltaMs);
                if (message.timeoutVoteMs != null && $Object.hasOwnProperty.call(message, "timeoutVoteMs") && message.timeoutVoteMs !== 0)
                    writer.uint32(144).uint32(message.timeoutVoteMs);
                if (message.timeoutVoteDeltaMs != null && $Object.hasOwnProperty.call(message, "timeoutVoteDeltaMs") && message.timeoutVoteDeltaMs !== 0)
                    writer.uint32(152).uint32(message.timeoutVoteDeltaMs);
                if (message.maxClockDriftMs != null && $Object.hasOwnProperty.call(message, "maxClockDriftMs") && message.maxClockDriftMs !== 0)
                    writer.uint32(160).uint32(message.maxClockDriftMs);
                if (message.minValidatorStake != null && $Object.hasOwnProperty.call(message, "minValidatorStake") && (typeof message.minValidatorStake === "object" ? message.minValidatorStake.low || message.minValidatorStake.high : message.minValidatorStake !== 0))
                    writer.uint32(168).uint64(message.minValidatorStake);
                if (message.validatorUpdateDelay != null && $Object.hasOwnProperty.call(message, "validatorUpdateDelay") && (typeof message.validatorUpdateDelay === "object" ? message.validatorUpdateDelay.low || message.validatorUpdateDelay.high : message.validatorUpdateDelay !== 0))
                    writer.uint32(176).uint64(message.validatorUpdateDelay);
                if (message.unbondingBlocks != null && $Object.hasOwnProperty.call(message, "unbondingBlocks") && (typeof message.unbondingBlocks === "object" ? message.unbondingBlocks.low || message.unbondingBlocks.high : message.unbondingBlocks !== 0))
                    writer.uint32(184).uint64(message.unbondingBlocks);
                if (message.slashBps != null && $Object.hasOwnProperty.call(message, "slashBps") && message.slashBps !== 0)
                    writer.uint32(192).uint32(message.slashBps);
                if (message.evidenceMaxAgeBlocks != null && $Object.hasOwnProperty.call(message, "evidenceMaxAgeBlocks") && (typeof message.evidenceMaxAgeBlocks === "object" ? message.evidenceMaxAgeBlocks.low || message.evidenceMaxAgeBlocks.high : message.evidenceMaxAgeBlocks !== 0))
                    writer.uint32(200).uint64(message.evidenceMaxAgeBlocks);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            Params.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ledger.v1.Params();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.validatorBps = value;
                            else
                                delete message.validatorBps;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.maxOwnerShareBps = value;
                            else
                                delete message.maxOwnerShareBps;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.minTxFee = value;
                            else
                                delete message.minTxFee;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.minUsageFee = value;
                            else
                                delete message.minUsageFee;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.minContributionStake = value;
                            else
                                delete message.minContributionStake;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.minChallengeBlocks = value;
                            else
                                delete message.minChallengeBlocks;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.maxContributionBytes = value;
                            else
                                delete message.maxContributionBytes;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.maxTxBytes = value;
                            else
                                delete message.maxTxBytes;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.maxBlockBytes = value;
                            else
                                delete message.maxBlockBytes;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.sketchK = value;
                            else
                                delete message.sketchK;
                            continue;
                        }
                    case 11: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.maxScores = value;
                            else
                                delete message.maxScores;
                            continue;
                        }
                    case 12: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.maxClaimEntries = value;
                            else
                                delete message.maxClaimEntries;
                            continue;
                        }
                    case 13: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.maxCurators = value;
                            else
                                delete message.maxCurators;
                            continue;
                        }
                    case 14: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.maxTrainingDatanets = value;
                            else
                                delete message.maxTrainingDatanets;
                            continue;
                        }
                    case 15: {
                            if (wireType !== 2)
                                break;
                            if (!(message.attributionVersions && message.attributionVersions.length))
                                message.attributionVersions = [];
                            message.attributionVersions.push($root.ledger.v1.AttributionVersion.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 16: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.timeoutProposeMs = value;
                            else
                                delete message.timeoutProposeMs;
                            continue;
                        }
                    case 17: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.timeoutProposeDeltaMs = value;
                            else
                                delete message.timeoutProposeDeltaMs;
                            continue;
                        }
                    case 18: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.timeoutVoteMs = value;
                            else
                                delete message.timeoutVoteMs;
                            continue;
                        }
                    case 19: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.timeoutVoteDeltaMs = value;
                            else
                                delete message.timeoutVoteDeltaMs;
                            continue;
                        }
                    case 20: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.maxClockDriftMs = value;
                            else
                                delete message.maxClockDriftMs;
                            continue;
                        }
                    case 21: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.minValidatorStake = value;
                            else
                                delete message.minValidatorStake;
                            continue;
                        }
                    case 22: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.validatorUpdateDelay = value;
                            else
                                delete message.validatorUpdateDelay;
                            continue;
                        }
                    case 23: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.unbondingBlocks = value;
                            else
                                delete message.unbondingBlocks;
                            continue;
                        }
                    case 24: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.slashBps = value;
                            else
                                delete message.slashBps;
                            continue;
                        }
                    case 25: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.evidenceMaxAgeBlocks = value;
                            else
                                delete message.evidenceMaxAgeBlocks;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            Params.fromObject = function (object, _depth) {
                if (object instanceof $root.ledger.v1.Params)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".ledger.v1.Params: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.ledger.v1.Params();
                if (object.validatorBps != null)
                    if ($Number(object.validatorBps) !== 0)
                        message.validatorBps = object.validatorBps >>> 0;
                if (object.maxOwnerShareBps != null)
                    if ($Number(object.maxOwnerShareBps) !== 0)
                        message.maxOwnerShareBps = object.maxOwnerShareBps >>> 0;
                if (object.minTxFee != null)
                    if (typeof object.minTxFee === "object" ? object.minTxFee.low || object.minTxFee.high : $Number(object.minTxFee) !== 0)
                        if ($util.Long)
                            message.minTxFee = $util.Long.fromValue(object.minTxFee, true);
                        else if (typeof object.minTxFee === "string")
                            message.minTxFee = $parseInt(object.minTxFee, 10);
                        else if (typeof object.minTxFee === "number")
                            message.minTxFee = object.minTxFee;
                        else if (typeof object.minTxFee === "object")
                            message.minTxFee = new $util.LongBits(object.minTxFee.low >>> 0, object.minTxFee.high >>> 0).toNumber(true);
                if (object.minUsageFee != null)
                    if (typeof object.minUsageFee === "object" ? object.minUsageFee.low || object.minUsageFee.high : $Number(object.minUsageFee) !== 0)
                        if ($util.Long)
                            message.minUsageFee = $util.Long.fromValue(object.minUsageFee, true);
                        else if (typeof object.minUsageFee === "string")
                            message.minUsageFee = $parseInt(object.minUsageFee, 10);
                        else if (typeof object.minUsageFee === "number")
                            message.minUsageFee = object.minUsageFee;
                        else if (typeof object.minUsageFee === "object")
                            message.minUsageFee = new $util.LongBits(object.minUsageFee.low >>> 0, object.minUsageFee.high >>> 0).toNumber(true);
                if (object.minContributionStake != null)
                    if (typeof object.minContributionStake === "object" ? object.minContributionStake.low || object.minContributionStake.high : $Number(object.minContributionStake) !== 0)
                        if ($util.Long)
                            message.minContributionStake = $util.Long.fromValue(object.minContributionStake, true);
                        else if (typeof object.minContributionStake === "string")
                            message.minContributionStake = $parseInt(object.minContributionStake, 10);
                        else if (typeof object.minContributionStake === "number")
                            message.minContributionStake = object.minContributionStake;
                        else if (typeof object.minContributionStake === "object")
                            message.minContributionStake = new $util.LongBits(object.minContributionStake.low >>> 0, object.minContributionStake.high >>> 0).toNumber(true);
                if (object.minChallengeBlocks != null)
                    if (typeof object.minChallengeBlocks === "object" ? object.minChallengeBlocks.low || object.minChallengeBlocks.high : $Number(object.minChallengeBlocks) !== 0)
                        if ($util.Long)
                            message.minChallengeBlocks = $util.Long.fromValue(object.minChallengeBlocks, true);
                        else if (typeof object.minChallengeBlocks === "string")
                            message.minChallengeBlocks = $parseInt(object.minChallengeBlocks, 10);
                        else if (typeof object.minChallengeBlocks === "number")
                            message.minChallengeBlocks = object.minChallengeBlocks;
                        else if (typeof object.minChallengeBlocks === "object")
                            message.minChallengeBlocks = new $util.LongBits(object.minChallengeBlocks.low >>> 0, object.minChallengeBlocks.high >>> 0).toNumber(true);
                if (object.maxContributionBytes != null)
                    if (typeof object.maxContributionBytes === "object" ? object.maxContributionBytes.low || object.maxContributionBytes.high : $Number(object.maxContributionBytes) !== 0)
                        if ($util.Long)
                            message.maxContributionBytes = $util.Long.fromValue(object.maxContributionBytes, true);
                        else if (typeof object.maxContributionBytes === "string")
                            message.maxContributionBytes = $parseInt(object.maxContributionBytes, 10);
                        else if (typeof object.maxContributionBytes === "number")
                            message.maxContributionBytes = object.maxContributionBytes;
                        else if (typeof object.maxContributionBytes === "object")
                            message.maxContributionBytes = new $util.LongBits(object.maxContributionBytes.low >>> 0, object.maxContributionBytes.high >>> 0).toNumber(true);
                if (object.maxTxBytes != null)
                    if ($Number(object.maxTxBytes) !== 0)
                        message.maxTxBytes = object.maxTxBytes >>> 0;
                if (object.maxBlockBytes != null)
                    if ($Number(object.maxBlockBytes) !== 0)
                        message.maxBlockBytes = object.maxBlockBytes >>> 0;
                if (object.sketchK != null)
                    if ($Number(object.sketchK) !== 0)
                        message.sketchK = object.sketchK >>> 0;
                if (object.maxScores != null)
                    if ($Number(object.maxScores) !== 0)
                        message.maxScores = object.maxScores >>> 0;
                if (object.maxClaimEntries != null)
                    if ($Number(object.maxClaimEntries) !== 0)
                        message.maxClaimEntries = object.maxClaimEntries >>> 0;
                if (object.maxCurators != null)
                    if ($Number(object.maxCurators) !== 0)
                        message.maxCurators = object.maxCurators >>> 0;
                if (object.maxTrainingDatanets != null)
                    if ($Number(object.maxTrainingDatanets) !== 0)
                        message.maxTrainingDatanets = object.maxTrainingDatanets >>> 0;
                if (object.attributionVersions) {
                    if (!$Array.isArray(object.attributionVersions))
                        throw $TypeError(".ledger.v1.Params.attributionVersions: array expected");
                    message.attributionVersions = $Array(object.attributionVersions.length);
                    for (let i = 0; i < object.attributionVersions.length; ++i) {
                        if (!$util.isObject(object.attributionVersions[i]))
                            throw $TypeError(".ledger.v1.Params.attributionVersions: object expected");
                        message.attributionVersions[i] = $root.ledger.v1.AttributionVersion.fromObject(object.attributionVersions[i], _depth + 1);
                    }
                }
                if (object.timeoutProposeMs != null)
                    if ($Number(object.timeoutProposeMs) !== 0)
                        message.timeoutProposeMs = object.timeoutProposeMs >>> 0;
                if (object.timeoutProposeDeltaMs != null)
                    if ($Number(object.timeoutProposeDeltaMs) !== 0)
                        message.timeoutProposeDeltaMs = object.timeoutProposeDeltaMs >>> 0;
                if (object.timeoutVoteMs != null)
                    if ($Number(object.timeoutVoteMs) !== 0)
                        message.timeoutVoteMs = object.timeoutVoteMs >>> 0;
                if (object.timeoutVoteDeltaMs != null)
                    if ($Number(object.timeoutVoteDeltaMs) !== 0)
                        message.timeoutVoteDeltaMs = object.timeoutVoteDeltaMs >>> 0;
                if (object.maxClockDriftMs != null)
                    if ($Number(object.maxClockDriftMs) !== 0)
                        message.maxClockDriftMs = object.maxClockDriftMs >>> 0;
                if (object.minValidatorStake != null)
                    if (typeof object.minValidatorStake === "object" ? object.minValidatorStake.low || object.minValidatorStake.high : $Number(object.minValidatorStake) !== 0)
                        if ($util.Long)
                            message.minValidatorStake = $util.Long.fromValue(object.minValidatorStake, true);
                        else if (typeof object.minValidatorStake === "string")
                            message.minValidatorStake = $parseInt(object.minValidatorStake, 10);
                        else if (typeof object.minValidatorStake === "number")
                            message.minValidatorStake = object.minValidatorStake;
                        else if (typeof object.minValidatorStake === "object")
                            message.minValidatorStake = new $util.LongBits(object.minValidatorStake.low >>> 0, object.minValidatorStake.high >>> 0).toNumber(true);
                if (object.validatorUpdateDelay != null)
                    if (typeof object.validatorUpdateDelay === "object" ? object.validatorUpdateDelay.low || object.validatorUpdateDelay.high : $Number(object.validatorUpdateDelay) !== 0)
                        if ($util.Long)
                            message.validatorUpdateDelay = $util.Long.fromValue(object.validatorUpdateDelay, true);
                        else if (typeof object.validatorUpdateDelay === "string")
                            message.validatorUpdateDelay = $parseInt(object.validatorUpdateDelay, 10);
                        else if (typeof object.validatorUpdateDelay === "number")
                            message.validatorUpdateDelay = object.validatorUpdateDelay;
                        else if (typeof object.validatorUpdateDelay === "object")
                            message.validatorUpdateDelay = new $util.LongBits(object.validatorUpdateDelay.low >>> 0, object.validatorUpdateDelay.high >>> 0).toNumber(true);
                if (object.unbondingBlocks != null)
                    if (typeof object.unbondingBlocks === "object" ? object.unbondingBlocks.low || object.unbondingBlocks.high : $Number(object.unbondingBlocks) !== 0)
                        if ($util.Long)
                            message.unbondingBlocks = $util.Long.fromValue(object.unbondingBlocks, true);
                        else if (typeof object.unbondingBlocks === "string")
                            message.unbondingBlocks = $parseInt(object.unbondingBlocks, 10);
                        else if (typeof object.unbondingBlocks === "number")
                            message.unbondingBlocks = object.unbondingBlocks;
                        else if (typeof object.unbondingBlocks === "object")
                            message.unbondingBlocks = new $util.LongBits(object.unbondingBlocks.low >>> 0, object.unbondingBlocks.high >>> 0).toNumber(true);
                if (object.slashBps != null)
                    if ($Number(object.slashBps) !== 0)
                        message.slashBps = object.slashBps >>> 0;
                if (object.evidenceMaxAgeBlocks != null)
                    if (typeof object.evidenceMaxAgeBlocks === "object" ? object.evidenceMaxAgeBlocks.low || object.evidenceMaxAgeBlocks.high : $Number(object.evidenceMaxAgeBlocks) !== 0)
                        if ($util.Long)
                            message.evidenceMaxAgeBlocks = $util.Long.fromValue(object.evidenceMaxAgeBlocks, true);
                        else if (typeof object.evidenceMaxAgeBlocks === "string")
                            message.evidenceMaxAgeBlocks = $parseInt(object.evidenceMaxAgeBlocks, 10);
                        else if (typeof object.evidenceMaxAgeBlocks === "number")
                            message.evidenceMaxAgeBlocks = object.evidenceMaxAgeBlocks;
                        else if (typeof object.evidenceMaxAgeBlocks === "object")
                            message.evidenceMaxAgeBlocks = new $util.LongBits(object.evidenceMaxAgeBlocks.low >>> 0, object.evidenceMaxAgeBlocks.high >>> 0).toNumber(true);
                return message;
            };

            Params.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.attributionVersions = [];
                if (options.defaults) {
                    object.validatorBps = 0;
                    object.maxOwnerShareBps = 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.minTxFee = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.minTxFee = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.minUsageFee = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.minUsageFee = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.minContributionStake = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.minContributionStake = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.minChallengeBlocks = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.minChallengeBlocks = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.maxContributionBytes = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.maxContributionBytes = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.maxTxBytes = 0;
                    object.maxBlockBytes = 0;
                    object.sketchK = 0;
                    object.maxScores = 0;
                    object.maxClaimEntries = 0;
                    object.maxCurators = 0;
                    object.maxTrainingDatanets = 0;
                    object.timeoutProposeMs = 0;
                    object.timeoutProposeDeltaMs = 0;
                    object.timeoutVoteMs = 0;
                    object.timeoutVoteDeltaMs = 0;
                    object.maxClockDriftMs = 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.minValidatorStake = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.minValidatorStake = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.validatorUpdateDelay = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.validatorUpdateDelay = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.unbondingBlocks = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.unbondingBlocks = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.slashBps = 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.evidenceMaxAgeBlocks = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.evidenceMaxAgeBlocks = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.validatorBps != null && $Object.hasOwnProperty.call(message, "validatorBps"))
                    object.validatorBps = message.validatorBps;
                if (message.maxOwnerShareBps != null && $Object.hasOwnProperty.call(message, "maxOwnerShareBps"))
                    object.maxOwnerShareBps = message.maxOwnerShareBps;
                if (message.minTxFee != null && $Object.hasOwnProperty.call(message, "minTxFee"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.minTxFee = typeof message.minTxFee === "number" ? $BigInt(message.minTxFee) : $util.Long.fromBits(message.minTxFee.low >>> 0, message.minTxFee.high >>> 0, true).toBigInt();
                    else if (typeof message.minTxFee === "number")
                        object.minTxFee = options.longs === $String ? $String(message.minTxFee) : message.minTxFee;
                    else
                        object.minTxFee = options.longs === $String ? $util.Long.prototype.toString.call(message.minTxFee) : options.longs === $Number ? new $util.LongBits(message.minTxFee.low >>> 0, message.minTxFee.high >>> 0).toNumber(true) : message.minTxFee;
                if (message.minUsageFee != null && $Object.hasOwnProperty.call(message, "minUsageFee"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.minUsageFee = typeof message.minUsageFee === "number" ? $BigInt(message.minUsageFee) : $util.Long.fromBits(message.minUsageFee.low >>> 0, message.minUsageFee.high >>> 0, true).toBigInt();
                    else if (typeof message.minUsageFee === "number")
                        object.minUsageFee = options.longs === $String ? $String(message.minUsageFee) : message.minUsageFee;
                    else
                        object.minUsageFee = options.longs === $String ? $util.Long.prototype.toString.call(message.minUsageFee) : options.longs === $Number ? new $util.LongBits(message.minUsageFee.low >>> 0, message.minUsageFee.high >>> 0).toNumber(true) : message.minUsageFee;
                if (message.minContributionStake != null && $Object.hasOwnProperty.call(message, "minContributionStake"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.minContributionStake = typeof message.minContributionStake === "number" ? $BigInt(message.minContributionStake) : $util.Long.fromBits(message.minContributionStake.low >>> 0, message.minContributionStake.high >>> 0, true).toBigInt();
                    else if (typeof message.minContributionStake === "number")
                        object.minContributionStake = options.longs === $String ? $String(message.minContributionStake) : message.minContributionStake;
                    else
                        object.minContributionStake = options.longs === $String ? $util.Long.prototype.toString.call(message.minContributionStake) : options.longs === $Number ? new $util.LongBits(message.minContributionStake.low >>> 0, message.minContributionStake.high >>> 0).toNumber(true) : message.minContributionStake;
                if (message.minChallengeBlocks != null && $Object.hasOwnProperty.call(message, "minChallengeBlocks"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.minChallengeBlocks = typeof message.minChallengeBlocks === "number" ? $BigInt(message.minChallengeBlocks) : $util.Long.fromBits(message.minChallengeBlocks.low >>> 0, message.minChallengeBlocks.high >>> 0, true).toBigInt();
                    else if (typeof message.minChallengeBlocks === "number")
                        object.minChallengeBlocks = options.longs === $String ? $String(message.minChallengeBlocks) : message.minChallengeBlocks;
                    else
                        object.minChallengeBlocks = options.longs === $String ? $util.Long.prototype.toString.call(message.minChallengeBlocks) : options.longs === $Number ? new $util.LongBits(message.minChallengeBlocks.low >>> 0, message.minChallengeBlocks.high >>> 0).toNumber(true) : message.minChallengeBlocks;
                if (message.maxContributionBytes != null && $Object.hasOwnProperty.call(message, "maxContributionBytes"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.maxContributionBytes = typeof message.maxContributionBytes === "number" ? $BigInt(message.maxContributionBytes) : $util.Long.fromBits(message.maxContributionBytes.low >>> 0, message.maxContributionBytes.high >>> 0, true).toBigInt();
                    else if (typeof message.maxContributionBytes === "number")
                        object.maxContributionBytes = options.longs === $String ? $String(message.maxContributionBytes) : message.maxContributionBytes;
                    else
                        object.maxContributionBytes = options.longs === $String ? $util.Long.prototype.toString.call(message.maxContributionBytes) : options.longs === $Number ? new $util.LongBits(message.maxContributionBytes.low >>> 0, message.maxContributionBytes.high >>> 0).toNumber(true) : message.maxContributionBytes;
                if (message.maxTxBytes != null && $Object.hasOwnProperty.call(message, "maxTxBytes"))
                    object.maxTxBytes = message.maxTxBytes;
                if (message.maxBlockBytes != null && $Object.hasOwnProperty.call(message, "maxBlockBytes"))
                    object.maxBlockBytes = message.maxBlockBytes;
                if (message.sketchK != null && $Object.hasOwnProperty.call(message, "sketchK"))
                    object.sketchK = message.sketchK;
                if (message.maxScores != null && $Object.hasOwnProperty.call(message, "maxScores"))
                    object.maxScores = message.maxScores;
                if (message.maxClaimEntries != null && $Object.hasOwnProperty.call(message, "maxClaimEntries"))
                    object.maxClaimEntries = message.maxClaimEntries;
                if (message.maxCurators != null && $Object.hasOwnProperty.call(message, "maxCurators"))
                    object.maxCurators = message.maxCurators;
                if (message.maxTrainingDatanets != null && $Object.hasOwnProperty.call(message, "maxTrainingDatanets"))
                    object.maxTrainingDatanets = message.maxTrainingDatanets;
                if (message.attributionVersions && message.attributionVersions.length) {
                    object.attributionVersions = $Array(message.attributionVersions.length);
                    for (let j = 0; j < message.attributionVersions.length; ++j)
                        object.attributionVersions[j] = $root.ledger.v1.AttributionVersion.toObject(message.attributionVersions[j], options, _depth + 1);
                }
                if (message.timeoutProposeMs != null && $Object.hasOwnProperty.call(message, "timeoutProposeMs"))
                    object.timeoutProposeMs = message.timeoutProposeMs;
                if (message.timeoutProposeDeltaMs != null && $Object.hasOwnProperty.call(message, "timeoutProposeDeltaMs"))
                    object.timeoutProposeDeltaMs = message.timeoutProposeDeltaMs;
                if (message.timeoutVoteMs != null && $Object.hasOwnProperty.call(message, "timeoutVoteMs"))
                    object.timeoutVoteMs = message.timeoutVoteMs;
                if (message.timeoutVoteDeltaMs != null && $Object.hasOwnProperty.call(message, "timeoutVoteDeltaMs"))
                    object.timeoutVoteDeltaMs = message.timeoutVoteDeltaMs;
                if (message.maxClockDriftMs != null && $Object.hasOwnProperty.call(message, "maxClockDriftMs"))
                    object.maxClockDriftMs = message.maxClockDriftMs;
                if (message.minValidatorStake != null && $Object.hasOwnProperty.call(message, "minValidatorStake"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.minValidatorStake = typeof message.minValidatorStake === "number" ? $BigInt(message.minValidatorStake) : $util.Long.fromBits(message.minValidatorStake.low >>> 0, message.minValidatorStake.high >>> 0, true).toBigInt();
                    else if (typeof message.minValidatorStake === "number")
                        object.minValidatorStake = options.longs === $String ? $String(message.minValidatorStake) : message.minValidatorStake;
                    else
                        object.minValidatorStake = options.longs === $String ? $util.Long.prototype.toString.call(message.minValidatorStake) : options.longs === $Number ? new $util.LongBits(message.minValidatorStake.low >>> 0, message.minValidatorStake.high >>> 0).toNumber(true) : message.minValidatorStake;
                if (message.validatorUpdateDelay != null && $Object.hasOwnProperty.call(message, "validatorUpdateDelay"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.validatorUpdateDelay = typeof message.validatorUpdateDelay === "number" ? $BigInt(message.validatorUpdateDelay) : $util.Long.fromBits(message.validatorUpdateDelay.low >>> 0, message.validatorUpdateDelay.high >>> 0, true).toBigInt();
                    else if (typeof message.validatorUpdateDelay === "number")
                        object.validatorUpdateDelay = options.longs === $String ? $String(message.validatorUpdateDelay) : message.validatorUpdateDelay;
                    else
                        object.validatorUpdateDelay = options.longs === $String ? $util.Long.prototype.toString.call(message.validatorUpdateDelay) : options.longs === $Number ? new $util.LongBits(message.validatorUpdateDelay.low >>> 0, message.validatorUpdateDelay.high >>> 0).toNumber(true) : message.validatorUpdateDelay;
                if (message.unbondingBlocks != null && $Object.hasOwnProperty.call(message, "unbondingBlocks"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.unbondingBlocks = typeof message.unbondingBlocks === "number" ? $BigInt(message.unbondingBlocks) : $util.Long.fromBits(message.unbondingBlocks.low >>> 0, message.unbondingBlocks.high >>> 0, true).toBigInt();
                    else if (typeof message.unbondingBlocks === "number")
                        object.unbondingBlocks = options.longs === $String ? $String(message.unbondingBlocks) : message.unbondingBlocks;
                    else
                        object.unbondingBlocks = options.longs === $String ? $util.Long.prototype.toString.call(message.unbondingBlocks) : options.longs === $Number ? new $util.LongBits(message.unbondingBlocks.low >>> 0, message.unbondingBlocks.high >>> 0).toNumber(true) : message.unbondingBlocks;
                if (message.slashBps != null && $Object.hasOwnProperty.call(message, "slashBps"))
                    object.slashBps = message.slashBps;
                if (message.evidenceMaxAgeBlocks != null && $Object.hasOwnProperty.call(message, "evidenceMaxAgeBlocks"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.evidenceMaxAgeBlocks = typeof message.evidenceMaxAgeBlocks === "number" ? $BigInt(message.evidenceMaxAgeBlocks) : $util.Long.fromBits(message.evidenceMaxAgeBlocks.low >>> 0, message.evidenceMaxAgeBlocks.high >>> 0, true).toBigInt();
                    else if (typeof message.evidenceMaxAgeBlocks === "number")
                        object.evidenceMaxAgeBlocks = options.longs === $String ? $String(message.evidenceMaxAgeBlocks) : message.evidenceMaxAgeBlocks;
                    else
                        object.evidenceMaxAgeBlocks = options.longs === $String ? $util.Long.prototype.toString.call(message.evidenceMaxAgeBlocks) : options.longs === $Number ? new $util.LongBits(message.evidenceMaxAgeBlocks.low >>> 0, message.evidenceMaxAgeBlocks.high >>> 0).toNumber(true) : message.evidenceMaxAgeBlocks;
                return object;
            };

            Params.prototype.toJSON = function() {
                return Params.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Params;
        })();

        v1.SupplyTotals = (function() {

            const SupplyTotals = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            SupplyTotals.prototype.balances = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            SupplyTotals.prototype.contributionStakes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            SupplyTotals.prototype.validatorStakes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            SupplyTotals.prototype.unbonding = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            SupplyTotals.prototype.pools = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            SupplyTotals.prototype.burned = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            SupplyTotals.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.balances != null && $Object.hasOwnProperty.call(message, "balances") && (typeof message.balances === "object" ? message.balances.low || message.balances.high : message.balances !== 0))
                    writer.uint32(8).uint64(message.balances);
                if (message.contributionStakes != null && $Object.hasOwnProperty.call(message, "contributionStakes") && (typeof message.contributionStakes === "object" ? message.contributionStakes.low || message.contributionStakes.high : message.contributionStakes !== 0))
                    writer.uint32(16).uint64(message.contributionStakes);
                if (message.validatorStakes != null && $Object.hasOwnProperty.call(message, "validatorStakes") && (typeof message.validatorStakes === "object" ? message.validatorStakes.low || message.validatorStakes.high : message.validatorStakes !== 0))
                    writer.uint32(24).uint64(message.validatorStakes);
                if (message.unbonding != null && $Object.hasOwnProperty.call(message, "unbonding") && (typeof message.unbonding === "object" ? message.unbonding.low || message.unbonding.high : message.unbonding !== 0))
                    writer.uint32(32).uint64(message.unbonding);
                if (message.pools != null && $Object.hasOwnProperty.call(message, "pools") && (typeof message.pools === "object" ? message.pools.low || message.pools.high : message.pools !== 0))
                    writer.uint32(40).uint64(message.pools);
                if (message.burned != null && $Object.hasOwnProperty.call(message, "burned") && (typeof message.burned === "object" ? message.burned.low || message.burned.high : message.burned !== 0))
                    writer.uint32(48).uint64(message.burned);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            SupplyTotals.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ledger.v1.SupplyTotals();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.balances = value;
                            else
                                delete message.balances;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.contributionStakes = value;
                            else
                                delete message.contributionStakes;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.validatorStakes = value;
                            else
                                delete message.validatorStakes;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.unbonding = value;
                            else
                                delete message.unbonding;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.pools = value;
                            else
                                delete message.pools;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.burned = value;
                            else
                                delete message.burned;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            SupplyTotals.fromObject = function (object, _depth) {
                if (object instanceof $root.ledger.v1.SupplyTotals)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".ledger.v1.SupplyTotals: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.ledger.v1.SupplyTotals();
                if (object.balances != null)
                    if (typeof object.balances === "object" ? object.balances.low || object.balances.high : $Number(object.balances) !== 0)
                        if ($util.Long)
                            message.balances = $util.Long.fromValue(object.balances, true);
                        else if (typeof object.balances === "string")
                            message.balances = $parseInt(object.balances, 10);
                        else if (typeof object.balances === "number")
                            message.balances = object.balances;
                        else if (typeof object.balances === "object")
                            message.balances = new $util.LongBits(object.balances.low >>> 0, object.balances.high >>> 0).toNumber(true);
                if (object.contributionStakes != null)
                    if (typeof object.contributionStakes === "object" ? object.contributionStakes.low || object.contributionStakes.high : $Number(object.contributionStakes) !== 0)
                        if ($util.Long)
                            message.contributionStakes = $util.Long.fromValue(object.contributionStakes, true);
                        else if (typeof object.contributionStakes === "string")
                            message.contributionStakes = $parseInt(object.contributionStakes, 10);
                        else if (typeof object.contributionStakes === "number")
                            message.contributionStakes = object.contributionStakes;
                        else if (typeof object.contributionStakes === "object")
                            message.contributionStakes = new $util.LongBits(object.contributionStakes.low >>> 0, object.contributionStakes.high >>> 0).toNumber(true);
                if (object.validatorStakes != null)
                    if (typeof object.validatorStakes === "object" ? object.validatorStakes.low || object.validatorStakes.high : $Number(object.validatorStakes) !== 0)
                        if ($util.Long)
                            message.validatorStakes = $util.Long.fromValue(object.validatorStakes, true);
                        else if (typeof object.validatorStakes === "string")
                            message.validatorStakes = $parseInt(object.validatorStakes, 10);
                        else if (typeof object.validatorStakes === "number")
                            message.validatorStakes = object.validatorStakes;
                        else if (typeof object.validatorStakes === "object")
                            message.validatorStakes = new $util.LongBits(object.validatorStakes.low >>> 0, object.validatorStakes.high >>> 0).toNumber(true);
                if (object.unbonding != null)
                    if (typeof object.unbonding === "object" ? object.unbonding.low || object.unbonding.high : $Number(object.unbonding) !== 0)
                        if ($util.Long)
                            message.unbonding = $util.Long.fromValue(object.unbonding, true);
                        else if (typeof object.unbonding === "string")
                            message.unbonding = $parseInt(object.unbonding, 10);
                        else if (typeof object.unbonding === "number")
                            message.unbonding = object.unbonding;
                        else if (typeof object.unbonding === "object")
                            message.unbonding = new $util.LongBits(object.unbonding.low >>> 0, object.unbonding.high >>> 0).toNumber(true);
                if (object.pools != null)
                    if (typeof object.pools === "object" ? object.pools.low || object.pools.high : $Number(object.pools) !== 0)
                        if ($util.Long)
                            message.pools = $util.Long.fromValue(object.pools, true);
                        else if (typeof object.pools === "string")
                            message.pools = $parseInt(object.pools, 10);
                        else if (typeof object.pools === "number")
                            message.pools = object.pools;
                        else if (typeof object.pools === "object")
                            message.pools = new $util.LongBits(object.pools.low >>> 0, object.pools.high >>> 0).toNumber(true);
                if (object.burned != null)
                    if (typeof object.burned === "object" ? object.burned.low || object.burned.high : $Number(object.burned) !== 0)
                        if ($util.Long)
                            message.burned = $util.Long.fromValue(object.burned, true);
                        else if (typeof object.burned === "string")
                            message.burned = $parseInt(object.burned, 10);
                        else if (typeof object.burned === "number")
                            message.burned = object.burned;
                        else if (typeof object.burned === "object")
                            message.burned = new $util.LongBits(object.burned.low >>> 0, object.burned.high >>> 0).toNumber(true);
                return message;
            };

            SupplyTotals.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.balances = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.balances = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.contributionStakes = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.contributionStakes = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.validatorStakes = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.validatorStakes = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.unbonding = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.unbonding = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.pools = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.pools = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.burned = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.burned = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.balances != null && $Object.hasOwnProperty.call(message, "balances"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.balances = typeof message.balances === "number" ? $BigInt(message.balances) : $util.Long.fromBits(message.balances.low >>> 0, message.balances.high >>> 0, true).toBigInt();
                    else if (typeof message.balances === "number")
                        object.balances = options.longs === $String ? $String(message.balances) : message.balances;
                    else
                        object.balances = options.longs === $String ? $util.Long.prototype.toString.call(message.balances) : options.longs === $Number ? new $util.LongBits(message.balances.low >>> 0, message.balances.high >>> 0).toNumber(true) : message.balances;
                if (message.contributionStakes != null && $Object.hasOwnProperty.call(message, "contributionStakes"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.contributionStakes = typeof message.contributionStakes === "number" ? $BigInt(message.contributionStakes) : $util.Long.fromBits(message.contributionStakes.low >>> 0, message.contributionStakes.high >>> 0, true).toBigInt();
                    else if (typeof message.contributionStakes === "number")
                        object.contributionStakes = options.longs === $String ? $String(message.contributionStakes) : message.contributionStakes;
                    else
                        object.contributionStakes = options.longs === $String ? $util.Long.prototype.toString.call(message.contributionStakes) : options.longs === $Number ? new $util.LongBits(message.contributionStakes.low >>> 0, message.contributionStakes.high >>> 0).toNumber(true) : message.contributionStakes;
                if (message.validatorStakes != null && $Object.hasOwnProperty.call(message, "validatorStakes"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.validatorStakes = typeof message.validatorStakes === "number" ? $BigInt(message.validatorStakes) : $util.Long.fromBits(message.validatorStakes.low >>> 0, message.validatorStakes.high >>> 0, true).toBigInt();
                    else if (typeof message.validatorStakes === "number")
                        object.validatorStakes = options.longs === $String ? $String(message.validatorStakes) : message.validatorStakes;
                    else
                        object.validatorStakes = options.longs === $String ? $util.Long.prototype.toString.call(message.validatorStakes) : options.longs === $Number ? new $util.LongBits(message.validatorStakes.low >>> 0, message.validatorStakes.high >>> 0).toNumber(true) : message.validatorStakes;
                if (message.unbonding != null && $Object.hasOwnProperty.call(message, "unbonding"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.unbonding = typeof message.unbonding === "number" ? $BigInt(message.unbonding) : $util.Long.fromBits(message.unbonding.low >>> 0, message.unbonding.high >>> 0, true).toBigInt();
                    else if (typeof message.unbonding === "number")
                        object.unbonding = options.longs === $String ? $String(message.unbonding) : message.unbonding;
                    else
                        object.unbonding = options.longs === $String ? $util.Long.prototype.toString.call(message.unbonding) : options.longs === $Number ? new $util.LongBits(message.unbonding.low >>> 0, message.unbonding.high >>> 0).toNumber(true) : message.unbonding;
                if (message.pools != null && $Object.hasOwnProperty.call(message, "pools"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.pools = typeof message.pools === "number" ? $BigInt(message.pools) : $util.Long.fromBits(message.pools.low >>> 0, message.pools.high >>> 0, true).toBigInt();
                    else if (typeof message.pools === "number")
                        object.pools = options.longs === $String ? $String(message.pools) : message.pools;
                    else
                        object.pools = options.longs === $String ? $util.Long.prototype.toString.call(message.pools) : options.longs === $Number ? new $util.LongBits(message.pools.low >>> 0, message.pools.high >>> 0).toNumber(true) : message.pools;
                if (message.burned != null && $Object.hasOwnProperty.call(message, "burned"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.burned = typeof message.burned === "number" ? $BigInt(message.burned) : $util.Long.fromBits(message.burned.low >>> 0, message.burned.high >>> 0, true).toBigInt();
                    else if (typeof message.burned === "number")
                        object.burned = options.longs === $String ? $String(message.burned) : message.burned;
                    else
                        object.burned = options.longs === $String ? $util.Long.prototype.toString.call(message.burned) : options.longs === $Number ? new $util.LongBits(message.burned.low >>> 0, message.burned.high >>> 0).toNumber(true) : message.burned;
                return object;
            };

            SupplyTotals.prototype.toJSON = function() {
                return SupplyTotals.toObject(this, $protobuf.util.toJSONOptions);
            };

            return SupplyTotals;
        })();

        v1.Account = (function() {

            const Account = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            Account.prototype.balance = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            Account.prototype.nonce = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            Account.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.balance != null && $Object.hasOwnProperty.call(message, "balance") && (typeof message.balance === "object" ? message.balance.low || message.balance.high : message.balance !== 0))
                    writer.uint32(8).uint64(message.balance);
                if (message.nonce != null && $Object.hasOwnProperty.call(message, "nonce") && (typeof message.nonce === "object" ? message.nonce.low || message.nonce.high : message.nonce !== 0))
                    writer.uint32(16).uint64(message.nonce);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            Account.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ledger.v1.Account();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.balance = value;
                            else
                                delete message.balance;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.nonce = value;
                            else
                                delete message.nonce;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            Account.fromObject = function (object, _depth) {
                if (object instanceof $root.ledger.v1.Account)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".ledger.v1.Account: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.ledger.v1.Account();
                if (object.balance != null)
                    if (typeof object.balance === "object" ? object.balance.low || object.balance.high : $Number(object.balance) !== 0)
                        if ($util.Long)
                            message.balance = $util.Long.fromValue(object.balance, true);
                        else if (typeof object.balance === "string")
                            message.balance = $parseInt(object.balance, 10);
                        else if (typeof object.balance === "number")
                            message.balance = object.balance;
                        else if (typeof object.balance === "object")
                            message.balance = new $util.LongBits(object.balance.low >>> 0, object.balance.high >>> 0).toNumber(true);
                if (object.nonce != null)
                    if (typeof object.nonce === "object" ? object.nonce.low || object.nonce.high : $Number(object.nonce) !== 0)
                        if ($util.Long)
                            message.nonce = $util.Long.fromValue(object.nonce, true);
                        else if (typeof object.nonce === "string")
                            message.nonce = $parseInt(object.nonce, 10);
                        else if (typeof object.nonce === "number")
                            message.nonce = object.nonce;
                        else if (typeof object.nonce === "object")
                            message.nonce = new $util.LongBits(object.nonce.low >>> 0, object.nonce.high >>> 0).toNumber(true);
                return message;
            };

            Account.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.balance = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.balance = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.nonce = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.nonce = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.balance != null && $Object.hasOwnProperty.call(message, "balance"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.balance = typeof message.balance === "number" ? $BigInt(message.balance) : $util.Long.fromBits(message.balance.low >>> 0, message.balance.high >>> 0, true).toBigInt();
                    else if (typeof message.balance === "number")
                        object.balance = options.longs === $String ? $String(message.balance) : message.balance;
                    else
                        object.balance = options.longs === $String ? $util.Long.prototype.toString.call(message.balance) : options.longs === $Number ? new $util.LongBits(message.balance.low >>> 0, message.balance.high >>> 0).toNumber(true) : message.balance;
                if (message.nonce != null && $Object.hasOwnProperty.call(message, "nonce"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.nonce = typeof message.nonce === "number" ? $BigInt(message.nonce) : $util.Long.fromBits(message.nonce.low >>> 0, message.nonce.high >>> 0, true).toBigInt();
                    else if (typeof message.nonce === "number")
                        object.nonce = options.longs === $String ? $String(message.nonce) : message.nonce;
                    else
                        object.nonce = options.longs === $String ? $util.Long.prototype.toString.call(message.nonce) : options.longs === $Number ? new $util.LongBits(message.nonce.low >>> 0, message.nonce.high >>> 0).toNumber(true) : message.nonce;
                return object;
            };

            Account.prototype.toJSON = function() {
                return Account.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Account;
        })();

        v1.Validator = (function() {

            const Validator = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            Validator.prototype.operator = $util.newBuffer([]);
            Validator.prototype.consensusKey = $util.newBuffer([]);
            Validator.prototype.power = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            Validator.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.operator != null && $Object.hasOwnProperty.call(message, "operator") && message.operator.length)
                    writer.uint32(10).bytes(message.operator);
                if (message.consensusKey != null && $Object.hasOwnProperty.call(message, "consensusKey") && message.consensusKey.length)
                    writer.uint32(18).bytes(message.consensusKey);
                if (message.power != null && $Object.hasOwnProperty.call(message, "power") && (typeof message.power === "object" ? message.power.low || message.power.high : message.power !== 0))
                    writer.uint32(24).uint64(message.power);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            Validator.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ledger.v1.Validator();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.operator = value;
                            else
                                delete message.operator;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.consensusKey = value;
                            else
                                delete message.consensusKey;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.power = value;
                            else
                                delete message.power;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            Validator.fromObject = function (object, _depth) {
                if (object instanceof $root.ledger.v1.Validator)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".ledger.v1.Validator: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.ledger.v1.Validator();
                if (object.operator != null)
                    if (object.operator.length)
                        if (typeof object.operator === "string")
                            $util.base64.decode(object.operator, message.operator = $util.newBuffer($util.base64.length(object.operator)), 0);
                        else if (object.operator.length >= 0)
                            message.operator = object.operator;
                if (object.consensusKey != null)
                    if (object.consensusKey.length)
                        if (typeof object.consensusKey === "string")
                            $util.base64.decode(object.consensusKey, message.consensusKey = $util.newBuffer($util.base64.length(object.consensusKey)), 0);
                        else if (object.consensusKey.length >= 0)
                            message.consensusKey = object.consensusKey;
                if (object.power != null)
                    if (typeof object.power === "object" ? object.power.low || object.power.high : $Number(object.power) !== 0)
                        if ($util.Long)
                            message.power = $util.Long.fromValue(object.power, true);
                        else if (typeof object.power === "string")
                            message.power = $parseInt(object.power, 10);
                        else if (typeof object.power === "number")
                            message.power = object.power;
                        else if (typeof object.power === "object")
                            message.power = new $util.LongBits(object.power.low >>> 0, object.power.high >>> 0).toNumber(true);
                return message;
            };

            Validator.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    if (options.bytes === $String)
                        object.operator = "";
                    else {
                        object.operator = [];
                        if (options.bytes !== $Array)
                            object.operator = $util.newBuffer(object.operator);
                    }
                    if (options.bytes === $String)
                        object.consensusKey = "";
                    else {
                        object.consensusKey = [];
                        if (options.bytes !== $Array)
                            object.consensusKey = $util.newBuffer(object.consensusKey);
                    }
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.power = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.power = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.operator != null && $Object.hasOwnProperty.call(message, "operator"))
                    object.operator = options.bytes === $String ? $util.base64.encode(message.operator, 0, message.operator.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.operator) : message.operator;
                if (message.consensusKey != null && $Object.hasOwnProperty.call(message, "consensusKey"))
                    object.consensusKey = options.bytes === $String ? $util.base64.encode(message.consensusKey, 0, message.consensusKey.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.consensusKey) : message.consensusKey;
                if (message.power != null && $Object.hasOwnProperty.call(message, "power"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.power = typeof message.power === "number" ? $BigInt(message.power) : $util.Long.fromBits(message.power.low >>> 0, message.power.high >>> 0, true).toBigInt();
                    else if (typeof message.power === "number")
                        object.power = options.longs === $String ? $String(message.power) : message.power;
                    else
                        object.power = options.longs === $String ? $util.Long.prototype.toString.call(message.power) : options.longs === $Number ? new $util.LongBits(message.power.low >>> 0, message.power.high >>> 0).toNumber(true) : message.power;
                return object;
            };

            Validator.prototype.toJSON = function() {
                return Validator.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Validator;
        })();

        v1.Bond = (function() {

            const Bond = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            Bond.prototype.operator = $util.newBuffer([]);
            Bond.prototype.amount = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            Bond.prototype.slashed = false;

            Bond.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.operator != null && $Object.hasOwnProperty.call(message, "operator") && message.operator.length)
                    writer.uint32(10).bytes(message.operator);
                if (message.amount != null && $Object.hasOwnProperty.call(message, "amount") && (typeof message.amount === "object" ? message.amount.low || message.amount.high : message.amount !== 0))
                    writer.uint32(16).uint64(message.amount);
                if (message.slashed != null && $Object.hasOwnProperty.call(message, "slashed") && message.slashed !== false)
                    writer.uint32(24).bool(message.slashed);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            Bond.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ledger.v1.Bond();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.operator = value;
                            else
                                delete message.operator;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.amount = value;
                            else
                                delete message.amount;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.slashed = value;
                            else
                                delete message.slashed;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            Bond.fromObject = function (object, _depth) {
                if (object instanceof $root.ledger.v1.Bond)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".ledger.v1.Bond: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.ledger.v1.Bond();
                if (object.operator != null)
                    if (object.operator.length)
                        if (typeof object.operator === "string")
                            $util.base64.decode(object.operator, message.operator = $util.newBuffer($util.base64.length(object.operator)), 0);
                        else if (object.operator.length >= 0)
                            message.operator = object.operator;
                if (object.amount != null)
                    if (typeof object.amount === "object" ? object.amount.low || object.amount.high : $Number(object.amount) !== 0)
                        if ($util.Long)
                            message.amount = $util.Long.fromValue(object.amount, true);
                        else if (typeof object.amount === "string")
                            message.amount = $parseInt(object.amount, 10);
                        else if (typeof object.amount === "number")
                            message.amount = object.amount;
                        else if (typeof object.amount === "object")
                            message.amount = new $util.LongBits(object.amount.low >>> 0, object.amount.high >>> 0).toNumber(true);
                if (object.slashed != null)
                    if (object.slashed)
                        message.slashed = $Boolean(object.slashed);
                return message;
            };

            Bond.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    if (options.bytes === $String)
                        object.operator = "";
                    else {
                        object.operator = [];
                        if (options.bytes !== $Array)
                            object.operator = $util.newBuffer(object.operator);
                    }
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.amount = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.amount = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.slashed = false;
                }
                if (message.operator != null && $Object.hasOwnProperty.call(message, "operator"))
                    object.operator = options.bytes === $String ? $util.base64.encode(message.operator, 0, message.operator.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.operator) : message.operator;
                if (message.amount != null && $Object.hasOwnProperty.call(message, "amount"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.amount = typeof message.amount === "number" ? $BigInt(message.amount) : $util.Long.fromBits(message.amount.low >>> 0, message.amount.high >>> 0, true).toBigInt();
                    else if (typeof message.amount === "number")
                        object.amount = options.longs === $String ? $String(message.amount) : message.amount;
                    else
                        object.amount = options.longs === $String ? $util.Long.prototype.toString.call(message.amount) : options.longs === $Number ? new $util.LongBits(message.amount.low >>> 0, message.amount.high >>> 0).toNumber(true) : message.amount;
                if (message.slashed != null && $Object.hasOwnProperty.call(message, "slashed"))
                    object.slashed = message.slashed;
                return object;
            };

            Bond.prototype.toJSON = function() {
                return Bond.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Bond;
        })();

        v1.OperatorKey = (function() {

            const OperatorKey = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            OperatorKey.prototype.consensusKey = $util.newBuffer([]);

            OperatorKey.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.consensusKey != null && $Object.hasOwnProperty.call(message, "consensusKey") && message.consensusKey.length)
                    writer.uint32(10).bytes(message.consensusKey);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            OperatorKey.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ledger.v1.OperatorKey();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.consensusKey = value;
                            else
                                delete message.consensusKey;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            OperatorKey.fromObject = function (object, _depth) {
                if (object instanceof $root.ledger.v1.OperatorKey)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".ledger.v1.OperatorKey: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.ledger.v1.OperatorKey();
                if (object.consensusKey != null)
                    if (object.consensusKey.length)
                        if (typeof object.consensusKey === "string")
                            $util.base64.decode(object.consensusKey, message.consensusKey = $util.newBuffer($util.base64.length(object.consensusKey)), 0);
                        else if (object.consensusKey.length >= 0)
                            message.consensusKey = object.consensusKey;
                return message;
            };

            OperatorKey.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    if (options.bytes === $String)
                        object.consensusKey = "";
                    else {
                        object.consensusKey = [];
                        if (options.bytes !== $Array)
                            object.consensusKey = $util.newBuffer(object.consensusKey);
                    }
                if (message.consensusKey != null && $Object.hasOwnProperty.call(message, "consensusKey"))
                    object.consensusKey = options.bytes === $String ? $util.base64.encode(message.consensusKey, 0, message.consensusKey.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.consensusKey) : message.consensusKey;
                return object;
            };

            OperatorKey.prototype.toJSON = function() {
                return OperatorKey.toObject(this, $protobuf.util.toJSONOptions);
            };

            return OperatorKey;
        })();

        v1.ValidatorSetChange = (function() {

            const ValidatorSetChange = function (properties) {
                this.previous = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            ValidatorSetChange.prototype.height = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            ValidatorSetChange.prototype.previous = $util.emptyArray;

            ValidatorSetChange.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.height != null && $Object.hasOwnProperty.call(message, "height") && (typeof message.height === "object" ? message.height.low || message.height.high : message.height !== 0))
                    writer.uint32(8).uint64(message.height);
                if (message.previous != null && message.previous.length)
                    for (let i = 0; i < message.previous.length; ++i)
                        $root.ledger.v1.Validator.encode(message.previous[i], writer.uint32(18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            ValidatorSetChange.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ledger.v1.ValidatorSetChange();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.height = value;
                            else
                                delete message.height;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (!(message.previous && message.previous.length))
                                message.previous = [];
                            message.previous.push($root.ledger.v1.Validator.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            ValidatorSetChange.fromObject = function (object, _depth) {
                if (object instanceof $root.ledger.v1.ValidatorSetChange)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".ledger.v1.ValidatorSetChange: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.ledger.v1.ValidatorSetChange();
                if (object.height != null)
                    if (typeof object.height === "object" ? object.height.low || object.height.high : $Number(object.height) !== 0)
                        if ($util.Long)
                            message.height = $util.Long.fromValue(object.height, true);
                        else if (typeof object.height === "string")
                            message.height = $parseInt(object.height, 10);
                        else if (typeof object.height === "number")
                            message.height = object.height;
                        else if (typeof object.height === "object")
                            message.height = new $util.LongBits(object.height.low >>> 0, object.height.high >>> 0).toNumber(true);
                if (object.previous) {
                    if (!$Array.isArray(object.previous))
                        throw $TypeError(".ledger.v1.ValidatorSetChange.previous: array expected");
                    message.previous = $Array(object.previous.length);
                    for (let i = 0; i < object.previous.length; ++i) {
                        if (!$util.isObject(object.previous[i]))
                            throw $TypeError(".ledger.v1.ValidatorSetChange.previous: object expected");
                        message.previous[i] = $root.ledger.v1.Validator.fromObject(object.previous[i], _depth + 1);
                    }
                }
                return message;
            };

            ValidatorSetChange.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.previous = [];
                if (options.defaults)
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.height = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.height = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                if (message.height != null && $Object.hasOwnProperty.call(message, "height"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.height = typeof message.height === "number" ? $BigInt(message.height) : $util.Long.fromBits(message.height.low >>> 0, message.height.high >>> 0, true).toBigInt();
                    else if (typeof message.height === "number")
                        object.height = options.longs === $String ? $String(message.height) : message.height;
                    else
                        object.height = options.longs === $String ? $util.Long.prototype.toString.call(message.height) : options.longs === $Number ? new $util.LongBits(message.height.low >>> 0, message.height.high >>> 0).toNumber(true) : message.height;
                if (message.previous && message.previous.length) {
                    object.previous = $Array(message.previous.length);
                    for (let j = 0; j < message.previous.length; ++j)
                        object.previous[j] = $root.ledger.v1.Validator.toObject(message.previous[j], options, _depth + 1);
                }
                return object;
            };

            ValidatorSetChange.prototype.toJSON = function() {
                return ValidatorSetChange.toObject(this, $protobuf.util.toJSONOptions);
            };

            return ValidatorSetChange;
        })();

        v1.Amount = (function() {

            const Amount = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            Amount.prototype.amount = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            Amount.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.amount != null && $Object.hasOwnProperty.call(message, "amount") && (typeof message.amount === "object" ? message.amount.low || message.amount.high : message.amount !== 0))
                    writer.uint32(8).uint64(message.amount);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            Amount.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ledger.v1.Amount();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.amount = value;
                            else
                                delete message.amount;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            Amount.fromObject = function (object, _depth) {
                if (object instanceof $root.ledger.v1.Amount)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".ledger.v1.Amount: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.ledger.v1.Amount();
                if (object.amount != null)
                    if (typeof object.amount === "object" ? object.amount.low || object.amount.high : $Number(object.amount) !== 0)
                        if ($util.Long)
                            message.amount = $util.Long.fromValue(object.amount, true);
                        else if (typeof object.amount === "string")
                            message.amount = $parseInt(object.amount, 10);
                        else if (typeof object.amount === "number")
                            message.amount = object.amount;
                        else if (typeof object.amount === "object")
                            message.amount = new $util.LongBits(object.amount.low >>> 0, object.amount.high >>> 0).toNumber(true);
                return message;
            };

            Amount.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.amount = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.amount = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                if (message.amount != null && $Object.hasOwnProperty.call(message, "amount"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.amount = typeof message.amount === "number" ? $BigInt(message.amount) : $util.Long.fromBits(message.amount.low >>> 0, message.amount.high >>> 0, true).toBigInt();
                    else if (typeof message.amount === "number")
                        object.amount = options.longs === $String ? $String(message.amount) : message.amount;
                    else
                        object.amount = options.longs === $String ? $util.Long.prototype.toString.call(message.amount) : options.longs === $Number ? new $util.LongBits(message.amount.low >>> 0, message.amount.high >>> 0).toNumber(true) : message.amount;
                return object;
            };

            Amount.prototype.toJSON = function() {
                return Amount.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Amount;
        })();

        v1.Datanet = (function() {

            const Datanet = function (properties) {
                this.curators = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            Datanet.prototype.owner = $util.newBuffer([]);
            Datanet.prototype.name = "";
            Datanet.prototype.description = "";
            Datanet.prototype.licenseUri = "";
            Datanet.prototype.curators = $util.emptyArray;
            Datanet.prototype.contributionStake = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            Datanet.prototype.challengeBlocks = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            Datanet.prototype.autoAccept = false;
            Datanet.prototype.createdHeight = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            Datanet.prototype.acceptedTotal = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            Datanet.prototype.removedTotal = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            Datanet.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.owner != null && $Object.hasOwnProperty.call(message, "owner") && message.owner.length)
                    writer.uint32(10).bytes(message.owner);
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(18).string(message.name);
                if (message.description != null && $Object.hasOwnProperty.call(message, "description") && message.description !== "")
                    writer.uint32(26).string(message.description);
                if (message.licenseUri != null && $Object.hasOwnProperty.call(message, "licenseUri") && message.licenseUri !== "")
                    writer.uint32(34).string(message.licenseUri);
                if (message.curators != null && message.curators.length)
                    for (let i = 0; i < message.curators.length; ++i)
                        writer.uint32(42).bytes(message.curators[i]);
                if (message.contributionStake != null && $Object.hasOwnProperty.call(message, "contributionStake") && (typeof message.contributionStake === "object" ? message.contributionStake.low || message.contributionStake.high : message.contributionStake !== 0))
                    writer.uint32(48).uint64(message.contributionStake);
                if (message.challengeBlocks != null && $Object.hasOwnProperty.call(message, "challengeBlocks") && (typeof message.challengeBlocks === "object" ? message.challengeBlocks.low || message.challengeBlocks.high : message.challengeBlocks !== 0))
                    writer.uint32(56).uint64(message.challengeBlocks);
                if (message.autoAccept != null && $Object.hasOwnProperty.call(message, "autoAccept") && message.autoAccept !== false)
                    writer.uint32(64).bool(message.autoAccept);
                if (message.createdHeight != null && $Object.hasOwnProperty.call(message, "createdHeight") && (typeof message.createdHeight === "object" ? message.createdHeight.low || message.createdHeight.high : message.createdHeight !== 0))
                    writer.uint32(72).uint64(message.createdHeight);
                if (message.acceptedTotal != null && $Object.hasOwnProperty.call(message, "acceptedTotal") && (typeof message.acceptedTotal === "object" ? message.acceptedTotal.low || message.acceptedTotal.high : message.acceptedTotal !== 0))
                    writer.uint32(80).uint64(message.acceptedTotal);
                if (message.removedTotal != null && $Object.hasOwnProperty.call(message, "removedTotal") && (typeof message.removedTotal === "object" ? message.removedTotal.low || message.removedTotal.high : message.removedTotal !== 0))
                    writer.uint32(88).uint64(message.removedTotal);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            Datanet.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ledger.v1.Datanet();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.owner = value;
                            else
                                delete message.owner;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.name = value;
                            else
                                delete message.name;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.description = value;
                            else
                                delete message.description;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.licenseUri = value;
                            else
                                delete message.licenseUri;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if (!(message.curators && message.curators.length))
                                message.curators = [];
                            message.curators.push(reader.bytes());
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.contributionStake = value;
                            else
                                delete message.contributionStake;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.challengeBlocks = value;
                            else
                                delete message.challengeBlocks;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.autoAccept = value;
                            else
                                delete message.autoAccept;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.createdHeight = value;
                            else
                                delete message.createdHeight;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.acceptedTotal = value;
                            else
                                delete message.acceptedTotal;
                            continue;
                        }
                    case 11: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.removedTotal = value;
                            else
                                delete message.removedTotal;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            Datanet.fromObject = function (object, _depth) {
                if (object instanceof $root.ledger.v1.Datanet)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".ledger.v1.Datanet: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.ledger.v1.Datanet();
                if (object.owner != null)
                    if (object.owner.length)
                        if (typeof object.owner === "string")
                            $util.base64.decode(object.owner, message.owner = $util.newBuffer($util.base64.length(object.owner)), 0);
                        else if (object.owner.length >= 0)
                            message.owner = object.owner;
                if (object.name != null)
                    if (typeof object.name !== "string" || object.name.length)
                        message.name = $String(object.name);
                if (object.description != null)
                    if (typeof object.description !== "string" || object.description.length)
                        message.description = $String(object.description);
                if (object.licenseUri != null)
                    if (typeof object.licenseUri !== "string" || object.licenseUri.length)
                        message.licenseUri = $String(object.licenseUri);
                if (object.curators) {
                    if (!$Array.isArray(object.curators))
                        throw $TypeError(".ledger.v1.Datanet.curators: array expected");
                    message.curators = $Array(object.curators.length);
                    for (let i = 0; i < object.curators.length; ++i)
                        if (typeof object.curators[i] === "string")
                            $util.base64.decode(object.curators[i], message.curators[i] = $util.newBuffer($util.base64.length(object.curators[i])), 0);
                        else if (object.curators[i].length >= 0)
                            message.curators[i] = object.curators[i];
                }
                if (object.contributionStake != null)
                    if (typeof object.contributionStake === "object" ? object.contributionStake.low || object.contributionStake.high : $Number(object.contributionStake) !== 0)
                        if ($util.Long)
                            message.contributionStake = $util.Long.fromValue(object.contributionStake, true);
                        else if (typeof object.contributionStake === "string")
                            message.contributionStake = $parseInt(object.contributionStake, 10);
                        else if (typeof object.contributionStake === "number")
                            message.contributionStake = object.contributionStake;
                        else if (typeof object.contributionStake === "object")
                            message.contributionStake = new $util.LongBits(object.contributionStake.low >>> 0, object.contributionStake.high >>> 0).toNumber(true);
                if (object.challengeBlocks != null)
                    if (typeof object.challengeBlocks === "object" ? object.challengeBlocks.low || object.challengeBlocks.high : $Number(object.challengeBlocks) !== 0)
                        if ($util.Long)
                            message.challengeBlocks = $util.Long.fromValue(object.challengeBlocks, true);
                        else if (typeof object.challengeBlocks === "string")
                            message.challengeBlocks = $parseInt(object.challengeBlocks, 10);
                        else if (typeof object.challengeBlocks === "number")
                            message.challengeBlocks = object.challengeBlocks;
                        else if (typeof object.challengeBlocks === "object")
                            message.challengeBlocks = new $util.LongBits(object.challengeBlocks.low >>> 0, object.challengeBlocks.high >>> 0).toNumber(true);
                if (object.autoAccept != null)
                    if (object.autoAccept)
                        message.autoAccept = $Boolean(object.autoAccept);
                if (object.createdHeight != null)
                    if (typeof object.createdHeight === "object" ? object.createdHeight.low || object.createdHeight.high : $Number(object.createdHeight) !== 0)
                        if ($util.Long)
                            message.createdHeight = $util.Long.fromValue(object.createdHeight, true);
                        else if (typeof object.createdHeight === "string")
                            message.createdHeight = $parseInt(object.createdHeight, 10);
                        else if (typeof object.createdHeight === "number")
                            message.createdHeight = object.createdHeight;
                        else if (typeof object.createdHeight === "object")
                            message.createdHeight = new $util.LongBits(object.createdHeight.low >>> 0, object.createdHeight.high >>> 0).toNumber(true);
                if (object.acceptedTotal != null)
                    if (typeof object.acceptedTotal === "object" ? object.acceptedTotal.low || object.acceptedTotal.high : $Number(object.acceptedTotal) !== 0)
                        if ($util.Long)
                            message.acceptedTotal = $util.Long.fromValue(object.acceptedTotal, true);
                        else if (typeof object.acceptedTotal === "string")
                            message.acceptedTotal = $parseInt(object.acceptedTotal, 10);
                        else if (typeof object.acceptedTotal === "number")
                            message.acceptedTotal = object.acceptedTotal;
                        else if (typeof object.acceptedTotal === "object")
                            message.acceptedTotal = new $util.LongBits(object.acceptedTotal.low >>> 0, object.acceptedTotal.high >>> 0).toNumber(true);
                if (object.removedTotal != null)
                    if (typeof object.removedTotal === "object" ? object.removedTotal.low || object.removedTotal.high : $Number(object.removedTotal) !== 0)
                        if ($util.Long)
                            message.removedTotal = $util.Long.fromValue(object.removedTotal, true);
                        else if (typeof object.removedTotal === "string")
                            message.removedTotal = $parseInt(object.removedTotal, 10);
                        else if (typeof object.removedTotal === "number")
                            message.removedTotal = object.removedTotal;
                        else if (typeof object.removedTotal === "object")
                            message.removedTotal = new $util.LongBits(object.removedTotal.low >>> 0, object.removedTotal.high >>> 0).toNumber(true);
                return message;
            };

            Datanet.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.curators = [];
                if (options.defaults) {
                    if (options.bytes === $String)
                        object.owner = "";
                    else {
                        object.owner = [];
                        if (options.bytes !== $Array)
                            object.owner = $util.newBuffer(object.owner);
                    }
                    object.name = "";
                    object.description = "";
                    object.licenseUri = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.contributionStake = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.contributionStake = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.challengeBlocks = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.challengeBlocks = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.autoAccept = false;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.createdHeight = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.createdHeight = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.acceptedTotal = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.acceptedTotal = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.removedTotal = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.removedTotal = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.owner != null && $Object.hasOwnProperty.call(message, "owner"))
                    object.owner = options.bytes === $String ? $util.base64.encode(message.owner, 0, message.owner.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.owner) : message.owner;
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    object.name = message.name;
                if (message.description != null && $Object.hasOwnProperty.call(message, "description"))
                    object.description = message.description;
                if (message.licenseUri != null && $Object.hasOwnProperty.call(message, "licenseUri"))
                    object.licenseUri = message.licenseUri;
                if (message.curators && message.curators.length) {
                    object.curators = $Array(message.curators.length);
                    for (let j = 0; j < message.curators.length; ++j)
                        object.curators[j] = options.bytes === $String ? $util.base64.encode(message.curators[j], 0, message.curators[j].length) : options.bytes === $Array ? $Array.prototype.slice.call(message.curators[j]) : message.curators[j];
                }
                if (message.contributionStake != null && $Object.hasOwnProperty.call(message, "contributionStake"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.contributionStake = typeof message.contributionStake === "number" ? $BigInt(message.contributionStake) : $util.Long.fromBits(message.contributionStake.low >>> 0, message.contributionStake.high >>> 0, true).toBigInt();
                    else if (typeof message.contributionStake === "number")
                        object.contributionStake = options.longs === $String ? $String(message.contributionStake) : message.contributionStake;
                    else
                        object.contributionStake = options.longs === $String ? $util.Long.prototype.toString.call(message.contributionStake) : options.longs === $Number ? new $util.LongBits(message.contributionStake.low >>> 0, message.contributionStake.high >>> 0).toNumber(true) : message.contributionStake;
                if (message.challengeBlocks != null && $Object.hasOwnProperty.call(message, "challengeBlocks"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.challengeBlocks = typeof message.challengeBlocks === "number" ? $BigInt(message.challengeBlocks) : $util.Long.fromBits(message.challengeBlocks.low >>> 0, message.challengeBlocks.high >>> 0, true).toBigInt();
                    else if (typeof message.challengeBlocks === "number")
                        object.challengeBlocks = options.longs === $String ? $String(message.challengeBlocks) : message.challengeBlocks;
                    else
                        object.challengeBlocks = options.longs === $String ? $util.Long.prototype.toString.call(message.challengeBlocks) : options.longs === $Number ? new $util.LongBits(message.challengeBlocks.low >>> 0, message.challengeBlocks.high >>> 0).toNumber(true) : message.challengeBlocks;
                if (message.autoAccept != null && $Object.hasOwnProperty.call(message, "autoAccept"))
                    object.autoAccept = message.autoAccept;
                if (message.createdHeight != null && $Object.hasOwnProperty.call(message, "createdHeight"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.createdHeight = typeof message.createdHeight === "number" ? $BigInt(message.createdHeight) : $util.Long.fromBits(message.createdHeight.low >>> 0, message.createdHeight.high >>> 0, true).toBigInt();
                    else if (typeof message.createdHeight === "number")
                        object.createdHeight = options.longs === $String ? $String(message.createdHeight) : message.createdHeight;
                    else
                        object.createdHeight = options.longs === $String ? $util.Long.prototype.toString.call(message.createdHeight) : options.longs === $Number ? new $util.LongBits(message.createdHeight.low >>> 0, message.createdHeight.high >>> 0).toNumber(true) : message.createdHeight;
                if (message.acceptedTotal != null && $Object.hasOwnProperty.call(message, "acceptedTotal"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.acceptedTotal = typeof message.acceptedTotal === "number" ? $BigInt(message.acceptedTotal) : $util.Long.fromBits(message.acceptedTotal.low >>> 0, message.acceptedTotal.high >>> 0, true).toBigInt();
                    else if (typeof message.acceptedTotal === "number")
                        object.acceptedTotal = options.longs === $String ? $String(message.acceptedTotal) : message.acceptedTotal;
                    else
                        object.acceptedTotal = options.longs === $String ? $util.Long.prototype.toString.call(message.acceptedTotal) : options.longs === $Number ? new $util.LongBits(message.acceptedTotal.low >>> 0, message.acceptedTotal.high >>> 0).toNumber(true) : message.acceptedTotal;
                if (message.removedTotal != null && $Object.hasOwnProperty.call(message, "removedTotal"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.removedTotal = typeof message.removedTotal === "number" ? $BigInt(message.removedTotal) : $util.Long.fromBits(message.removedTotal.low >>> 0, message.removedTotal.high >>> 0, true).toBigInt();
                    else if (typeof message.removedTotal === "number")
                        object.removedTotal = options.longs === $String ? $String(message.removedTotal) : message.removedTotal;
                    else
                        object.removedTotal = options.longs === $String ? $util.Long.prototype.toString.call(message.removedTotal) : options.longs === $Number ? new $util.LongBits(message.removedTotal.low >>> 0, message.removedTotal.high >>> 0).toNumber(true) : message.removedTotal;
                return object;
            };

            Datanet.prototype.toJSON = function() {
                return Datanet.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Datanet;
        })();

        v1.MemberCounts = (function() {

            const MemberCounts = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            MemberCounts.prototype.accepted = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            MemberCounts.prototype.removed = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            MemberCounts.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.accepted != null && $Object.hasOwnProperty.call(message, "accepted") && (typeof message.accepted === "object" ? message.accepted.low || message.accepted.high : message.accepted !== 0))
                    writer.uint32(8).uint64(message.accepted);
                if (message.removed != null && $Object.hasOwnProperty.call(message, "removed") && (typeof message.removed === "object" ? message.removed.low || message.removed.high : message.removed !== 0))
                    writer.uint32(16).uint64(message.removed);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            MemberCounts.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ledger.v1.MemberCounts();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.accepted = value;
                            else
                                delete message.accepted;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.removed = value;
                            else
                                delete message.removed;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            MemberCounts.fromObject = function (object, _depth) {
                if (object instanceof $root.ledger.v1.MemberCounts)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".ledger.v1.MemberCounts: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.ledger.v1.MemberCounts();
                if (object.accepted != null)
                    if (typeof object.accepted === "object" ? object.accepted.low || object.accepted.high : $Number(object.accepted) !== 0)
                        if ($util.Long)
                            message.accepted = $util.Long.fromValue(object.accepted, true);
                        else if (typeof object.accepted === "string")
                            message.accepted = $parseInt(object.accepted, 10);
                        else if (typeof object.accepted === "number")
                            message.accepted = object.accepted;
                        else if (typeof object.accepted === "object")
                            message.accepted = new $util.LongBits(object.accepted.low >>> 0, object.accepted.high >>> 0).toNumber(true);
                if (object.removed != null)
                    if (typeof object.removed === "object" ? object.removed.low || object.removed.high : $Number(object.removed) !== 0)
                        if ($util.Long)
                            message.removed = $util.Long.fromValue(object.removed, true);
                        else if (typeof object.removed === "string")
                            message.removed = $parseInt(object.removed, 10);
                        else if (typeof object.removed === "number")
                            message.removed = object.removed;
                        else if (typeof object.removed === "object")
                            message.removed = new $util.LongBits(object.removed.low >>> 0, object.removed.high >>> 0).toNumber(true);
                return message;
            };

            MemberCounts.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.accepted = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.accepted = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.removed = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.removed = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.accepted != null && $Object.hasOwnProperty.call(message, "accepted"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.accepted = typeof message.accepted === "number" ? $BigInt(message.accepted) : $util.Long.fromBits(message.accepted.low >>> 0, message.accepted.high >>> 0, true).toBigInt();
                    else if (typeof message.accepted === "number")
                        object.accepted = options.longs === $String ? $String(message.accepted) : message.accepted;
                    else
                        object.accepted = options.longs === $String ? $util.Long.prototype.toString.call(message.accepted) : options.longs === $Number ? new $util.LongBits(message.accepted.low >>> 0, message.accepted.high >>> 0).toNumber(true) : message.accepted;
                if (message.removed != null && $Object.hasOwnProperty.call(message, "removed"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.removed = typeof message.removed === "number" ? $BigInt(message.removed) : $util.Long.fromBits(message.removed.low >>> 0, message.removed.high >>> 0, true).toBigInt();
                    else if (typeof message.removed === "number")
                        object.removed = options.longs === $String ? $String(message.removed) : message.removed;
                    else
                        object.removed = options.longs === $String ? $util.Long.prototype.toString.call(message.removed) : options.longs === $Number ? new $util.LongBits(message.removed.low >>> 0, message.removed.high >>> 0).toNumber(true) : message.removed;
                return object;
            };

            MemberCounts.prototype.toJSON = function() {
                return MemberCounts.toObject(this, $protobuf.util.toJSONOptions);
            };

            return MemberCounts;
        })();

        v1.ContributionStatus = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "CONTRIBUTION_STATUS_UNSPECIFIED"] = 0;
            values[valuesById[1] = "CONTRIBUTION_STATUS_PENDING"] = 1;
            values[valuesById[2] = "CONTRIBUTION_STATUS_ACCEPTED"] = 2;
            values[valuesById[3] = "CONTRIBUTION_STATUS_DUPLICATE"] = 3;
            values[valuesById[4] = "CONTRIBUTION_STATUS_REJECTED"] = 4;
            values[valuesById[5] = "CONTRIBUTION_STATUS_RETIRED"] = 5;
            return values;
        })();

        v1.Contribution = (function() {

            const Contribution = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            Contribution.prototype.datanetId = $util.newBuffer([]);
            Contribution.prototype.owner = $util.newBuffer([]);
            Contribution.prototype.contentHash = $util.newBuffer([]);
            Contribution.prototype.sizeBytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            Contribution.prototype.sketch = $util.newBuffer([]);
            Contribution.prototype.uri = "";
            Contribution.prototype.status = 0;
            Contribution.prototype.duplicateOf = $util.newBuffer([]);
            Contribution.prototype.stake = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            Contribution.prototype.height = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            Contribution.prototype.txIndex = 0;
            Contribution.prototype.acceptedHeight = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            Contribution.prototype.dueHeight = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            Contribution.prototype.endedHeight = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            Contribution.prototype.indexedHeight = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            Contribution.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.datanetId != null && $Object.hasOwnProperty.call(message, "datanetId") && message.datanetId.length)
                    writer.uint32(10).bytes(message.datanetId);
                if (message.owner != null && $Object.hasOwnProperty.call(message, "owner") && message.owner.length)
                    writer.uint32(18).bytes(message.owner);
                if (message.contentHash != null && $Object.hasOwnProperty.call(message, "contentHash") && message.contentHash.length)
                    writer.uint32(26).bytes(message.contentHash);
                if (message.sizeBytes != null && $Object.hasOwnProperty.call(message, "sizeBytes") && (typeof message.sizeBytes === "object" ? message.sizeBytes.low || message.sizeBytes.high : message.sizeBytes !== 0))
                    writer.uint32(32).uint64(message.sizeBytes);
                if (message.sketch != null && $Object.hasOwnProperty.call(message, "sketch") && message.sketch.length)
                    writer.uint32(42).bytes(message.sketch);
                if (message.uri != null && $Object.hasOwnProperty.call(message, "uri") && message.uri !== "")
                    writer.uint32(50).string(message.uri);
                if (message.status != null && $Object.hasOwnProperty.call(message, "status") && message.status !== 0)
                    writer.uint32(56).int32(message.status);
                if (message.duplicateOf != null && $Object.hasOwnProperty.call(message, "duplicateOf") && message.duplicateOf.length)
                    writer.uint32(66).bytes(message.duplicateOf);
                if (message.stake != null && $Object.hasOwnProperty.call(message, "stake") && (typeof message.stake === "object" ? message.stake.low || message.stake.high : message.stake !== 0))
                    writer.uint32(72).uint64(message.stake);
                if (message.height != null && $Object.hasOwnProperty.call(message, "height") && (typeof message.height === "object" ? message.height.low || message.height.high : message.height !== 0))
                    writer.uint32(80).uint64(message.height);
                if (message.txIndex != null && $Object.hasOwnProperty.call(message, "txIndex") && message.txIndex !== 0)
                    writer.uint32(88).uint32(message.txIndex);
                if (message.acceptedHeight != null && $Object.hasOwnProperty.call(message, "acceptedHeight") && (typeof message.acceptedHeight === "object" ? message.acceptedHeight.low || message.acceptedHeight.high : message.acceptedHeight !== 0))
                    writer.uint32(96).uint64(message.acceptedHeight);
                if (message.dueHeight != null && $Object.hasOwnProperty.call(message, "dueHeight") && (typeof message.dueHeight === "object" ? message.dueHeight.low || message.dueHeight.high : message.dueHeight !== 0))
                    writer.uint32(104).uint64(message.dueHeight);
                if (message.endedHeight != null && $Object.hasOwnProperty.call(message, "endedHeight") && (typeof message.endedHeight === "object" ? message.endedHeight.low || message.endedHeight.high : message.endedHeight !== 0))
                    writer.uint32(112).uint64(message.endedHeight);
                if (message.indexedHeight != null && $Object.hasOwnProperty.call(message, "indexedHeight") && (typeof message.indexedHeight === "object" ? message.indexedHeight.low || message.indexedHeight.high : message.indexedHeight !== 0))
                    writer.uint32(120).uint64(message.indexedHeight);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            Contribution.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ledger.v1.Contribution();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.datanetId = value;
                            else
                                delete message.datanetId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.owner = value;
                            else
                                delete message.owner;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.contentHash = value;
                            else
                                delete message.contentHash;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.sizeBytes = value;
                            else
                                delete message.sizeBytes;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.sketch = value;
                            else
                                delete message.sketch;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.uri = value;
                            else
                                delete message.uri;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.status = value;
                            else
                                delete message.status;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.duplicateOf = value;
                            else
                                delete message.duplicateOf;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.stake = value;
                            else
                                delete message.stake;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.height = value;
                            else
                                delete message.height;
                            continue;
                        }
                    case 11: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.txIndex = value;
                            else
                                delete message.txIndex;
                            continue;
                        }
                    case 12: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.acceptedHeight = value;
                            else
                                delete message.acceptedHeight;
                            continue;
                        }
                    case 13: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.dueHeight = value;
                            else
                                delete message.dueHeight;
                            continue;
                        }
                    case 14: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.endedHeight = value;
                            else
                                delete message.endedHeight;
                            continue;
                        }
                    case 15: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.indexedHeight = value;
                            else
                                delete message.indexedHeight;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            Contribution.fromObject = function (object, _depth) {
                if (object instanceof $root.ledger.v1.Contribution)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".ledger.v1.Contribution: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.ledger.v1.Contribution();
                if (object.datanetId != null)
                    if (object.datanetId.length)
                        if (typeof object.datanetId === "string")
                            $util.base64.decode(object.datanetId, message.datanetId = $util.newBuffer($util.base64.length(object.datanetId)), 0);
                        else if (object.datanetId.length >= 0)
                            message.datanetId = object.datanetId;
                if (object.owner != null)
                    if (object.owner.length)
                        if (typeof object.owner === "string")
                            $util.base64.decode(object.owner, message.owner = $util.newBuffer($util.base64.length(object.owner)), 0);
                        else if (object.owner.length >= 0)
                            message.owner = object.owner;
                if (object.contentHash != null)
                    if (object.contentHash.length)
                        if (typeof object.contentHash === "string")
                            $util.base64.decode(object.contentHash, message.contentHash = $util.newBuffer($util.base64.length(object.contentHash)), 0);
                        else if (object.contentHash.length >= 0)
                            message.contentHash = object.contentHash;
                if (object.sizeBytes != null)
                    if (typeof object.sizeBytes === "object" ? object.sizeBytes.low || object.sizeBytes.high : $Number(object.sizeBytes) !== 0)
                        if ($util.Long)
                            message.sizeBytes = $util.Long.fromValue(object.sizeBytes, true);
                        else if (typeof object.sizeBytes === "string")
                            message.sizeBytes = $parseInt(object.sizeBytes, 10);
                        else if (typeof object.sizeBytes === "number")
                            message.sizeBytes = object.sizeBytes;
                        else if (typeof object.sizeBytes === "object")
                            message.sizeBytes = new $util.LongBits(object.sizeBytes.low >>> 0, object.sizeBytes.high >>> 0).toNumber(true);
                if (object.sketch != null)
                    if (object.sketch.length)
                        if (typeof object.sketch === "string")
                            $util.base64.decode(object.sketch, message.sketch = $util.newBuffer($util.base64.length(object.sketch)), 0);
                        else if (object.sketch.length >= 0)
                            message.sketch = object.sketch;
                if (object.uri != null)
                    if (typeof object.uri !== "string" || object.uri.length)
                        message.uri = $String(object.uri);
                if (object.status !== 0 && (typeof object.status !== "string" || $root.ledger.v1.ContributionStatus[object.status] !== 0))
                    switch (object.status) {
                    case "CONTRIBUTION_STATUS_UNSPECIFIED":
                    case 0:
                        message.status = 0;
                        break;
                    case "CONTRIBUTION_STATUS_PENDING":
                    case 1:
                        message.status = 1;
                        break;
                    case "CONTRIBUTION_STATUS_ACCEPTED":
                    case 2:
                        message.status = 2;
                        break;
                    case "CONTRIBUTION_STATUS_DUPLICATE":
                    case 3:
                        message.status = 3;
                        break;
                    case "CONTRIBUTION_STATUS_REJECTED":
                    case 4:
                        message.status = 4;
                        break;
                    case "CONTRIBUTION_STATUS_RETIRED":
                    case 5:
                        message.status = 5;
                        break;
                    default:
                        if (typeof object.status === "number" && (object.status | 0) === object.status)
                            message.status = object.status;
                    }
                if (object.duplicateOf != null)
                    if (object.duplicateOf.length)
                        if (typeof object.duplicateOf === "string")
                            $util.base64.decode(object.duplicateOf, message.duplicateOf = $util.newBuffer($util.base64.length(object.duplicateOf)), 0);
                        else if (object.duplicateOf.length >= 0)
                            message.duplicateOf = object.duplicateOf;
                if (object.stake != null)
                    if (typeof object.stake === "object" ? object.stake.low || object.stake.high : $Number(object.stake) !== 0)
                        if ($util.Long)
                            message.stake = $util.Long.fromValue(object.stake, true);
                        else if (typeof object.stake === "string")
                            message.stake = $parseInt(object.stake, 10);
                        else if (typeof object.stake === "number")
                            message.stake = object.stake;
                        else if (typeof object.stake === "object")
                            message.stake = new $util.LongBits(object.stake.low >>> 0, object.stake.high >>> 0).toNumber(true);
                if (object.height != null)
                    if (typeof object.height === "object" ? object.height.low || object.height.high : $Number(object.height) !== 0)
                        if ($util.Long)
                            message.height = $util.Long.fromValue(object.height, true);
                        else if (typeof object.height === "string")
                            message.height = $parseInt(object.height, 10);
                        else if (typeof object.height === "number")
                            message.height = object.height;
                        else if (typeof object.height === "object")
                            message.height = new $util.LongBits(object.height.low >>> 0, object.height.high >>> 0).toNumber(true);
                if (object.txIndex != null)
                    if ($Number(object.txIndex) !== 0)
                        message.txIndex = object.txIndex >>> 0;
                if (object.acceptedHeight != null)
                    if (typeof object.acceptedHeight === "object" ? object.acceptedHeight.low || object.acceptedHeight.high : $Number(object.acceptedHeight) !== 0)
                        if ($util.Long)
                            message.acceptedHeight = $util.Long.fromValue(object.acceptedHeight, true);
                        else if (typeof object.acceptedHeight === "string")
                            message.acceptedHeight = $parseInt(object.acceptedHeight, 10);
                        else if (typeof object.acceptedHeight === "number")
                            message.acceptedHeight = object.acceptedHeight;
                        else if (typeof object.acceptedHeight === "object")
                            message.acceptedHeight = new $util.LongBits(object.acceptedHeight.low >>> 0, object.acceptedHeight.high >>> 0).toNumber(true);
                if (object.dueHeight != null)
                    if (typeof object.dueHeight === "object" ? object.dueHeight.low || object.dueHeight.high : $Number(object.dueHeight) !== 0)
                        if ($util.Long)
                            message.dueHeight = $util.Long.fromValue(object.dueHeight, true);
                        else if (typeof object.dueHeight === "string")
                            message.dueHeight = $parseInt(object.dueHeight, 10);
                        else if (typeof object.dueHeight === "number")
                            message.dueHeight = object.dueHeight;
                        else if (typeof object.dueHeight === "object")
                            message.dueHeight = new $util.LongBits(object.dueHeight.low >>> 0, object.dueHeight.high >>> 0).toNumber(true);
                if (object.endedHeight != null)
                    if (typeof object.endedHeight === "object" ? object.endedHeight.low || object.endedHeight.high : $Number(object.endedHeight) !== 0)
                        if ($util.Long)
                            message.endedHeight = $util.Long.fromValue(object.endedHeight, true);
                        else if (typeof object.endedHeight === "string")
                            message.endedHeight = $parseInt(object.endedHeight, 10);
                        else if (typeof object.endedHeight === "number")
                            message.endedHeight = object.endedHeight;
                        else if (typeof object.endedHeight === "object")
                            message.endedHeight = new $util.LongBits(object.endedHeight.low >>> 0, object.endedHeight.high >>> 0).toNumber(true);
                if (object.indexedHeight != null)
                    if (typeof object.indexedHeight === "object" ? object.indexedHeight.low || object.indexedHeight.high : $Number(object.indexedHeight) !== 0)
                        if ($util.Long)
                            message.indexedHeight = $util.Long.fromValue(object.indexedHeight, true);
                        else if (typeof object.indexedHeight === "string")
                            message.indexedHeight = $parseInt(object.indexedHeight, 10);
                        else if (typeof object.indexedHeight === "number")
                            message.indexedHeight = object.indexedHeight;
                        else if (typeof object.indexedHeight === "object")
                            message.indexedHeight = new $util.LongBits(object.indexedHeight.low >>> 0, object.indexedHeight.high >>> 0).toNumber(true);
                return message;
            };

            Contribution.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    if (options.bytes === $String)
                        object.datanetId = "";
                    else {
                        object.datanetId = [];
                        if (options.bytes !== $Array)
                            object.datanetId = $util.newBuffer(object.datanetId);
                    }
                    if (options.bytes === $String)
                        object.owner = "";
                    else {
                        object.owner = [];
                        if (options.bytes !== $Array)
                            object.owner = $util.newBuffer(object.owner);
                    }
                    if (options.bytes === $String)
                        object.contentHash = "";
                    else {
                        object.contentHash = [];
                        if (options.bytes !== $Array)
                            object.contentHash = $util.newBuffer(object.contentHash);
                    }
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.sizeBytes = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.sizeBytes = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if (options.bytes === $String)
                        object.sketch = "";
                    else {
                        object.sketch = [];
                        if (options.bytes !== $Array)
                            object.sketch = $util.newBuffer(object.sketch);
                    }
                    object.uri = "";
                    object.status = options.enums === $String ? "CONTRIBUTION_STATUS_UNSPECIFIED" : 0;
                    if (options.bytes === $String)
                        object.duplicateOf = "";
                    else {
                        object.duplicateOf = [];
                        if (options.bytes !== $Array)
                            object.duplicateOf = $util.newBuffer(object.duplicateOf);
                    }
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.stake = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.stake = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.height = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.height = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.txIndex = 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.acceptedHeight = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.acceptedHeight = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.dueHeight = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.dueHeight = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.endedHeight = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.endedHeight = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.indexedHeight = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.indexedHeight = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.datanetId != null && $Object.hasOwnProperty.call(message, "datanetId"))
                    object.datanetId = options.bytes === $String ? $util.base64.encode(message.datanetId, 0, message.datanetId.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.datanetId) : message.datanetId;
                if (message.owner != null && $Object.hasOwnProperty.call(message, "owner"))
                    object.owner = options.bytes === $String ? $util.base64.encode(message.owner, 0, message.owner.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.owner) : message.owner;
                if (message.contentHash != null && $Object.hasOwnProperty.call(message, "contentHash"))
                    object.contentHash = options.bytes === $String ? $util.base64.encode(message.contentHash, 0, message.contentHash.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.contentHash) : message.contentHash;
                if (message.sizeBytes != null && $Object.hasOwnProperty.call(message, "sizeBytes"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.sizeBytes = typeof message.sizeBytes === "number" ? $BigInt(message.sizeBytes) : $util.Long.fromBits(message.sizeBytes.low >>> 0, message.sizeBytes.high >>> 0, true).toBigInt();
                    else if (typeof message.sizeBytes === "number")
                        object.sizeBytes = options.longs === $String ? $String(message.sizeBytes) : message.sizeBytes;
                    else
                        object.sizeBytes = options.longs === $String ? $util.Long.prototype.toString.call(message.sizeBytes) : options.longs === $Number ? new $util.LongBits(message.sizeBytes.low >>> 0, message.sizeBytes.high >>> 0).toNumber(true) : message.sizeBytes;
                if (message.sketch != null && $Object.hasOwnProperty.call(message, "sketch"))
                    object.sketch = options.bytes === $String ? $util.base64.encode(message.sketch, 0, message.sketch.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.sketch) : message.sketch;
                if (message.uri != null && $Object.hasOwnProperty.call(message, "uri"))
                    object.uri = message.uri;
                if (message.status != null && $Object.hasOwnProperty.call(message, "status"))
                    object.status = options.enums === $String ? $root.ledger.v1.ContributionStatus[message.status] === $undefined ? message.status : $root.ledger.v1.ContributionStatus[message.status] : message.status;
                if (message.duplicateOf != null && $Object.hasOwnProperty.call(message, "duplicateOf"))
                    object.duplicateOf = options.bytes === $String ? $util.base64.encode(message.duplicateOf, 0, message.duplicateOf.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.duplicateOf) : message.duplicateOf;
                if (message.stake != null && $Object.hasOwnProperty.call(message, "stake"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.stake = typeof message.stake === "number" ? $BigInt(message.stake) : $util.Long.fromBits(message.stake.low >>> 0, message.stake.high >>> 0, true).toBigInt();
                    else if (typeof message.stake === "number")
                        object.stake = options.longs === $String ? $String(message.stake) : message.stake;
                    else
                        object.stake = options.longs === $String ? $util.Long.prototype.toString.call(message.stake) : options.longs === $Number ? new $util.LongBits(message.stake.low >>> 0, message.stake.high >>> 0).toNumber(true) : message.stake;
                if (message.height != null && $Object.hasOwnProperty.call(message, "height"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.height = typeof message.height === "number" ? $BigInt(message.height) : $util.Long.fromBits(message.height.low >>> 0, message.height.high >>> 0, true).toBigInt();
                    else if (typeof message.height === "number")
                        object.height = options.longs === $String ? $String(message.height) : message.height;
                    else
                        object.height = options.longs === $String ? $util.Long.prototype.toString.call(message.height) : options.longs === $Number ? new $util.LongBits(message.height.low >>> 0, message.height.high >>> 0).toNumber(true) : message.height;
                if (message.txIndex != null && $Object.hasOwnProperty.call(message, "txIndex"))
                    object.txIndex = message.txIndex;
                if (message.acceptedHeight != null && $Object.hasOwnProperty.call(message, "acceptedHeight"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.acceptedHeight = typeof message.acceptedHeight === "number" ? $BigInt(message.acceptedHeight) : $util.Long.fromBits(message.acceptedHeight.low >>> 0, message.acceptedHeight.high >>> 0, true).toBigInt();
                    else if (typeof message.acceptedHeight === "number")
                        object.acceptedHeight = options.longs === $String ? $String(message.acceptedHeight) : message.acceptedHeight;
                    else
                        object.acceptedHeight = options.longs === $String ? $util.Long.prototype.toString.call(message.acceptedHeight) : options.longs === $Number ? new $util.LongBits(message.acceptedHeight.low >>> 0, message.acceptedHeight.high >>> 0).toNumber(true) : message.acceptedHeight;
                if (message.dueHeight != null && $Object.hasOwnProperty.call(message, "dueHeight"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.dueHeight = typeof message.dueHeight === "number" ? $BigInt(message.dueHeight) : $util.Long.fromBits(message.dueHeight.low >>> 0, message.dueHeight.high >>> 0, true).toBigInt();
                    else if (typeof message.dueHeight === "number")
                        object.dueHeight = options.longs === $String ? $String(message.dueHeight) : message.dueHeight;
                    else
                        object.dueHeight = options.longs === $String ? $util.Long.prototype.toString.call(message.dueHeight) : options.longs === $Number ? new $util.LongBits(message.dueHeight.low >>> 0, message.dueHeight.high >>> 0).toNumber(true) : message.dueHeight;
                if (message.endedHeight != null && $Object.hasOwnProperty.call(message, "endedHeight"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.endedHeight = typeof message.endedHeight === "number" ? $BigInt(message.endedHeight) : $util.Long.fromBits(message.endedHeight.low >>> 0, message.endedHeight.high >>> 0, true).toBigInt();
                    else if (typeof message.endedHeight === "number")
                        object.endedHeight = options.longs === $String ? $String(message.endedHeight) : message.endedHeight;
                    else
                        object.endedHeight = options.longs === $String ? $util.Long.prototype.toString.call(message.endedHeight) : options.longs === $Number ? new $util.LongBits(message.endedHeight.low >>> 0, message.endedHeight.high >>> 0).toNumber(true) : message.endedHeight;
                if (message.indexedHeight != null && $Object.hasOwnProperty.call(message, "indexedHeight"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.indexedHeight = typeof message.indexedHeight === "number" ? $BigInt(message.indexedHeight) : $util.Long.fromBits(message.indexedHeight.low >>> 0, message.indexedHeight.high >>> 0, true).toBigInt();
                    else if (typeof message.indexedHeight === "number")
                        object.indexedHeight = options.longs === $String ? $String(message.indexedHeight) : message.indexedHeight;
                    else
                        object.indexedHeight = options.longs === $String ? $util.Long.prototype.toString.call(message.indexedHeight) : options.longs === $Number ? new $util.LongBits(message.indexedHeight.low >>> 0, message.indexedHeight.high >>> 0).toNumber(true) : message.indexedHeight;
                return object;
            };

            Contribution.prototype.toJSON = function() {
                return Contribution.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Contribution;
        })();

        v1.ContentRef = (function() {

            const ContentRef = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            ContentRef.prototype.original = $util.newBuffer([]);

            ContentRef.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.original != null && $Object.hasOwnProperty.call(message, "original") && message.original.length)
                    writer.uint32(10).bytes(message.original);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            ContentRef.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ledger.v1.ContentRef();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.original = value;
                            else
                                delete message.original;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            ContentRef.fromObject = function (object, _depth) {
                if (object instanceof $root.ledger.v1.ContentRef)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".ledger.v1.ContentRef: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.ledger.v1.ContentRef();
                if (object.original != null)
                    if (object.original.length)
                        if (typeof object.original === "string")
                            $util.base64.decode(object.original, message.original = $util.newBuffer($util.base64.length(object.original)), 0);
                        else if (object.original.length >= 0)
                            message.original = object.original;
                return message;
            };

            ContentRef.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    if (options.bytes === $String)
                        object.original = "";
                    else {
                        object.original = [];
                        if (options.bytes !== $Array)
                            object.original = $util.newBuffer(object.original);
                    }
                if (message.original != null && $Object.hasOwnProperty.call(message, "original"))
                    object.original = options.bytes === $String ? $util.base64.encode(message.original, 0, message.original.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.original) : message.original;
                return object;
            };

            ContentRef.prototype.toJSON = function() {
                return ContentRef.toObject(this, $protobuf.util.toJSONOptions);
            };

            return ContentRef;
        })();

        v1.Model = (function() {

            const Model = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            Model.prototype.owner = $util.newBuffer([]);
            Model.prototype.name = "";
            Model.prototype.ownerShareBps = 0;
            Model.prototype.metadataUri = "";
            Model.prototype.versionCount = 0;
            Model.prototype.createdHeight = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            Model.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.owner != null && $Object.hasOwnProperty.call(message, "owner") && message.owner.length)
                    writer.uint32(10).bytes(message.owner);
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(18).string(message.name);
                if (message.ownerShareBps != null && $Object.hasOwnProperty.call(message, "ownerShareBps") && message.ownerShareBps !== 0)
                    writer.uint32(24).uint32(message.ownerShareBps);
                if (message.metadataUri != null && $Object.hasOwnProperty.call(message, "metadataUri") && message.metadataUri !== "")
                    writer.uint32(34).string(message.metadataUri);
                if (message.versionCount != null && $Object.hasOwnProperty.call(message, "versionCount") && message.versionCount !== 0)
                    writer.uint32(40).uint32(message.versionCount);
                if (message.createdHeight != null && $Object.hasOwnProperty.call(message, "createdHeight") && (typeof message.createdHeight === "object" ? message.createdHeight.low || message.createdHeight.high : message.createdHeight !== 0))
                    writer.uint32(48).uint64(message.createdHeight);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            Model.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ledger.v1.Model();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.owner = value;
                            else
                                delete message.owner;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.name = value;
                            else
                                delete message.name;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.ownerShareBps = value;
                            else
                                delete message.ownerShareBps;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.metadataUri = value;
                            else
                                delete message.metadataUri;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.versionCount = value;
                            else
                                delete message.versionCount;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.createdHeight = value;
                            else
                                delete message.createdHeight;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            Model.fromObject = function (object, _depth) {
                if (object instanceof $root.ledger.v1.Model)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".ledger.v1.Model: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.ledger.v1.Model();
                if (object.owner != null)
                    if (object.owner.length)
                        if (typeof object.owner === "string")
                            $util.base64.decode(object.owner, message.owner = $util.newBuffer($util.base64.length(object.owner)), 0);
                        else if (object.owner.length >= 0)
                            message.owner = object.owner;
                if (object.name != null)
                    if (typeof object.name !== "string" || object.name.length)
                        message.name = $String(object.name);
                if (object.ownerShareBps != null)
                    if ($Number(object.ownerShareBps) !== 0)
                        message.ownerShareBps = object.ownerShareBps >>> 0;
                if (object.metadataUri != null)
                    if (typeof object.metadataUri !== "string" || object.metadataUri.length)
                        message.metadataUri = $String(object.metadataUri);
                if (object.versionCount != null)
                    if ($Number(object.versionCount) !== 0)
                        message.versionCount = object.versionCount >>> 0;
                if (object.createdHeight != null)
                    if (typeof object.createdHeight === "object" ? object.createdHeight.low || object.createdHeight.high : $Number(object.createdHeight) !== 0)
                        if ($util.Long)
                            message.createdHeight = $util.Long.fromValue(object.createdHeight, true);
                        else if (typeof object.createdHeight === "string")
                            message.createdHeight = $parseInt(object.createdHeight, 10);
                        else if (typeof object.createdHeight === "number")
                            message.createdHeight = object.createdHeight;
                        else if (typeof object.createdHeight === "object")
                            message.createdHeight = new $util.LongBits(object.createdHeight.low >>> 0, object.createdHeight.high >>> 0).toNumber(true);
                return message;
            };

            Model.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    if (options.bytes === $String)
                        object.owner = "";
                    else {
                        object.owner = [];
                        if (options.bytes !== $Array)
                            object.owner = $util.newBuffer(object.owner);
                    }
                    object.name = "";
                    object.ownerShareBps = 0;
                    object.metadataUri = "";
                    object.versionCount = 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.createdHeight = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.createdHeight = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.owner != null && $Object.hasOwnProperty.call(message, "owner"))
                    object.owner = options.bytes === $String ? $util.base64.encode(message.owner, 0, message.owner.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.owner) : message.owner;
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    object.name = message.name;
                if (message.ownerShareBps != null && $Object.hasOwnProperty.call(message, "ownerShareBps"))
                    object.ownerShareBps = message.ownerShareBps;
                if (message.metadataUri != null && $Object.hasOwnProperty.call(message, "metadataUri"))
                    object.metadataUri = message.metadataUri;
                if (message.versionCount != null && $Object.hasOwnProperty.call(message, "versionCount"))
                    object.versionCount = message.versionCount;
                if (message.createdHeight != null && $Object.hasOwnProperty.call(message, "createdHeight"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.createdHeight = typeof message.createdHeight === "number" ? $BigInt(message.createdHeight) : $util.Long.fromBits(message.createdHeight.low >>> 0, message.createdHeight.high >>> 0, true).toBigInt();
                    else if (typeof message.createdHeight === "number")
                        object.createdHeight = options.longs === $String ? $String(message.createdHeight) : message.createdHeight;
                    else
                        object.createdHeight = options.longs === $String ? $util.Long.prototype.toString.call(message.createdHeight) : options.longs === $Number ? new $util.LongBits(message.createdHeight.low >>> 0, message.createdHeight.high >>> 0).toNumber(true) : message.createdHeight;
                return object;
            };

            Model.prototype.toJSON = function() {
                return Model.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Model;
        })();

        v1.TrainedDatanet = (function() {

            const TrainedDatanet = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            TrainedDatanet.prototype.datanetId = $util.newBuffer([]);
            TrainedDatanet.prototype.weightBps = 0;
            TrainedDatanet.prototype.poolId = $util.newBuffer([]);

            TrainedDatanet.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.datanetId != null && $Object.hasOwnProperty.call(message, "datanetId") && message.datanetId.length)
                    writer.uint32(10).bytes(message.datanetId);
                if (message.weightBps != null && $Object.hasOwnProperty.call(message, "weightBps") && message.weightBps !== 0)
                    writer.uint32(16).uint32(message.weightBps);
                if (message.poolId != null && $Object.hasOwnProperty.call(message, "poolId") && message.poolId.length)
                    writer.uint32(26).bytes(message.poolId);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            TrainedDatanet.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ledger.v1.TrainedDatanet();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.datanetId = value;
                            else
                                delete message.datanetId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.weightBps = value;
                            else
                                delete message.weightBps;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.poolId = value;
                            else
                                delete message.poolId;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            TrainedDatanet.fromObject = function (object, _depth) {
                if (object instanceof $root.ledger.v1.TrainedDatanet)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".ledger.v1.TrainedDatanet: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.ledger.v1.TrainedDatanet();
                if (object.datanetId != null)
                    if (object.datanetId.length)
                        if (typeof object.datanetId === "string")
                            $util.base64.decode(object.datanetId, message.datanetId = $util.newBuffer($util.base64.length(object.datanetId)), 0);
                        else if (object.datanetId.length >= 0)
                            message.datanetId = object.datanetId;
                if (object.weightBps != null)
                    if ($Number(object.weightBps) !== 0)
                        message.weightBps = object.weightBps >>> 0;
                if (object.poolId != null)
                    if (object.poolId.length)
                        if (typeof object.poolId === "string")
                            $util.base64.decode(object.poolId, message.poolId = $util.newBuffer($util.base64.length(object.poolId)), 0);
                        else if (object.poolId.length >= 0)
                            message.poolId = object.poolId;
                return message;
            };

            TrainedDatanet.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    if (options.bytes === $String)
                        object.datanetId = "";
                    else {
                        object.datanetId = [];
                        if (options.bytes !== $Array)
                            object.datanetId = $util.newBuffer(object.datanetId);
                    }
                    object.weightBps = 0;
                    if (options.bytes === $String)
                        object.poolId = "";
                    else {
                        object.poolId = [];
                        if (options.bytes !== $Array)
                            object.poolId = $util.newBuffer(object.poolId);
                    }
                }
                if (message.datanetId != null && $Object.hasOwnProperty.call(message, "datanetId"))
                    object.datanetId = options.bytes === $String ? $util.base64.encode(message.datanetId, 0, message.datanetId.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.datanetId) : message.datanetId;
                if (message.weightBps != null && $Object.hasOwnProperty.call(message, "weightBps"))
                    object.weightBps = message.weightBps;
                if (message.poolId != null && $Object.hasOwnProperty.call(message, "poolId"))
                    object.poolId = options.bytes === $String ? $util.base64.encode(message.poolId, 0, message.poolId.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.poolId) : message.poolId;
                return object;
            };

            TrainedDatanet.prototype.toJSON = function() {
                return TrainedDatanet.toObject(this, $protobuf.util.toJSONOptions);
            };

            return TrainedDatanet;
        })();

        v1.ModelVersion = (function() {

            const ModelVersion = function (properties) {
                this.datanets = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            ModelVersion.prototype.datanets = $util.emptyArray;
            ModelVersion.prototype.artifactHash = $util.newBuffer([]);
            ModelVersion.prototype.cutoffHeight = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            ModelVersion.prototype.recordedHeight = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            ModelVersion.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.datanets != null && message.datanets.length)
                    for (let i = 0; i < message.datanets.length; ++i)
                        $root.ledger.v1.TrainedDatanet.encode(message.datanets[i], writer.uint32(10).fork(), _depth + 1).ldelim();
                if (message.artifactHash != null && $Object.hasOwnProperty.call(message, "artifactHash") && message.artifactHash.length)
                    writer.uint32(18).bytes(message.artifactHash);
                if (message.cutoffHeight != null && $Object.hasOwnProperty.call(message, "cutoffHeight") && (typeof message.cutoffHeight === "object" ? message.cutoffHeight.low || message.cutoffHeight.high : message.cutoffHeight !== 0))
                    writer.uint32(24).uint64(message.cutoffHeight);
                if (message.recordedHeight != null && $Object.hasOwnProperty.call(message, "recordedHeight") && (typeof message.recordedHeight === "object" ? message.recordedHeight.low || message.recordedHeight.high : message.recordedHeight !== 0))
                    writer.uint32(32).uint64(message.recordedHeight);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            ModelVersion.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ledger.v1.ModelVersion();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.datanets && message.datanets.length))
                                message.datanets = [];
                            message.datanets.push($root.ledger.v1.TrainedDatanet.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.artifactHash = value;
                            else
                                delete message.artifactHash;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.cutoffHeight = value;
                            else
                                delete message.cutoffHeight;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.recordedHeight = value;
                            else
                                delete message.recordedHeight;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            ModelVersion.fromObject = function (object, _depth) {
                if (object instanceof $root.ledger.v1.ModelVersion)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".ledger.v1.ModelVersion: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.ledger.v1.ModelVersion();
                if (object.datanets) {
                    if (!$Array.isArray(object.datanets))
                        throw $TypeError(".ledger.v1.ModelVersion.datanets: array expected");
                    message.datanets = $Array(object.datanets.length);
                    for (let i = 0; i < object.datanets.length; ++i) {
                        if (!$util.isObject(object.datanets[i]))
                            throw $TypeError(".ledger.v1.ModelVersion.datanets: object expected");
                        message.datanets[i] = $root.ledger.v1.TrainedDatanet.fromObject(object.datanets[i], _depth + 1);
                    }
                }
                if (object.artifactHash != null)
                    if (object.artifactHash.length)
                        if (typeof object.artifactHash === "string")
                            $util.base64.decode(object.artifactHash, message.artifactHash = $util.newBuffer($util.base64.length(object.artifactHash)), 0);
                        else if (object.artifactHash.length >= 0)
                            message.artifactHash = object.artifactHash;
                if (object.cutoffHeight != null)
                    if (typeof object.cutoffHeight === "object" ? object.cutoffHeight.low || object.cutoffHeight.high : $Number(object.cutoffHeight) !== 0)
                        if ($util.Long)
                            message.cutoffHeight = $util.Long.fromValue(object.cutoffHeight, true);
                        else if (typeof object.cutoffHeight === "string")
                            message.cutoffHeight = $parseInt(object.cutoffHeight, 10);
                        else if (typeof object.cutoffHeight === "number")
                            message.cutoffHeight = object.cutoffHeight;
                        else if (typeof object.cutoffHeight === "object")
                            message.cutoffHeight = new $util.LongBits(object.cutoffHeight.low >>> 0, object.cutoffHeight.high >>> 0).toNumber(true);
                if (object.recordedHeight != null)
                    if (typeof object.recordedHeight === "object" ? object.recordedHeight.low || object.recordedHeight.high : $Number(object.recordedHeight) !== 0)
                        if ($util.Long)
                            message.recordedHeight = $util.Long.fromValue(object.recordedHeight, true);
                        else if (typeof object.recordedHeight === "string")
                            message.recordedHeight = $parseInt(object.recordedHeight, 10);
                        else if (typeof object.recordedHeight === "number")
                            message.recordedHeight = object.recordedHeight;
                        else if (typeof object.recordedHeight === "object")
                            message.recordedHeight = new $util.LongBits(object.recordedHeight.low >>> 0, object.recordedHeight.high >>> 0).toNumber(true);
                return message;
            };

            ModelVersion.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.datanets = [];
                if (options.defaults) {
                    if (options.bytes === $String)
                        object.artifactHash = "";
                    else {
                        object.artifactHash = [];
                        if (options.bytes !== $Array)
                            object.artifactHash = $util.newBuffer(object.artifactHash);
                    }
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.cutoffHeight = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.cutoffHeight = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.recordedHeight = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.recordedHeight = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.datanets && message.datanets.length) {
                    object.datanets = $Array(message.datanets.length);
                    for (let j = 0; j < message.datanets.length; ++j)
                        object.datanets[j] = $root.ledger.v1.TrainedDatanet.toObject(message.datanets[j], options, _depth + 1);
                }
                if (message.artifactHash != null && $Object.hasOwnProperty.call(message, "artifactHash"))
                    object.artifactHash = options.bytes === $String ? $util.base64.encode(message.artifactHash, 0, message.artifactHash.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.artifactHash) : message.artifactHash;
                if (message.cutoffHeight != null && $Object.hasOwnProperty.call(message, "cutoffHeight"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.cutoffHeight = typeof message.cutoffHeight === "number" ? $BigInt(message.cutoffHeight) : $util.Long.fromBits(message.cutoffHeight.low >>> 0, message.cutoffHeight.high >>> 0, true).toBigInt();
                    else if (typeof message.cutoffHeight === "number")
                        object.cutoffHeight = options.longs === $String ? $String(message.cutoffHeight) : message.cutoffHeight;
                    else
                        object.cutoffHeight = options.longs === $String ? $util.Long.prototype.toString.call(message.cutoffHeight) : options.longs === $Number ? new $util.LongBits(message.cutoffHeight.low >>> 0, message.cutoffHeight.high >>> 0).toNumber(true) : message.cutoffHeight;
                if (message.recordedHeight != null && $Object.hasOwnProperty.call(message, "recordedHeight"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.recordedHeight = typeof message.recordedHeight === "number" ? $BigInt(message.recordedHeight) : $util.Long.fromBits(message.recordedHeight.low >>> 0, message.recordedHeight.high >>> 0, true).toBigInt();
                    else if (typeof message.recordedHeight === "number")
                        object.recordedHeight = options.longs === $String ? $String(message.recordedHeight) : message.recordedHeight;
                    else
                        object.recordedHeight = options.longs === $String ? $util.Long.prototype.toString.call(message.recordedHeight) : options.longs === $Number ? new $util.LongBits(message.recordedHeight.low >>> 0, message.recordedHeight.high >>> 0).toNumber(true) : message.recordedHeight;
                return object;
            };

            ModelVersion.prototype.toJSON = function() {
                return ModelVersion.toObject(this, $protobuf.util.toJSONOptions);
            };

            return ModelVersion;
        })();

        v1.Pool = (function() {

            const Pool = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            Pool.prototype.modelId = $util.newBuffer([]);
            Pool.prototype.version = 0;
            Pool.prototype.datanetId = $util.newBuffer([]);
            Pool.prototype.cutoffHeight = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            Pool.prototype.members = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            Pool.prototype.perMember = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            Pool.prototype.carry = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            Pool.prototype.balance = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            Pool.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.modelId != null && $Object.hasOwnProperty.call(message, "modelId") && message.modelId.length)
                    writer.uint32(10).bytes(message.modelId);
                if (message.version != null && $Object.hasOwnProperty.call(message, "version") && message.version !== 0)
                    writer.uint32(16).uint32(message.version);
                if (message.datanetId != null && $Object.hasOwnProperty.call(message, "datanetId") && message.datanetId.length)
                    writer.uint32(26).bytes(message.datanetId);
                if (message.cutoffHeight != null && $Object.hasOwnProperty.call(message, "cutoffHeight") && (typeof message.cutoffHeight === "object" ? message.cutoffHeight.low || message.cutoffHeight.high : message.cutoffHeight !== 0))
                    writer.uint32(32).uint64(message.cutoffHeight);
                if (message.members != null && $Object.hasOwnProperty.call(message, "members") && (typeof message.members === "object" ? message.members.low || message.members.high : message.members !== 0))
                    writer.uint32(40).uint64(message.members);
                if (message.perMember != null && $Object.hasOwnProperty.call(message, "perMember") && (typeof message.perMember === "object" ? message.perMember.low || message.perMember.high : message.perMember !== 0))
                    writer.uint32(48).uint64(message.perMember);
                if (message.carry != null && $Object.hasOwnProperty.call(message, "carry") && (typeof message.carry === "object" ? message.carry.low || message.carry.high : message.carry !== 0))
                    writer.uint32(56).uint64(message.carry);
                if (message.balance != null && $Object.hasOwnProperty.call(message, "balance") && (typeof message.balance === "object" ? message.balance.low || message.balance.high : message.balance !== 0))
                    writer.uint32(64).uint64(message.balance);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            Pool.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ledger.v1.Pool();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.modelId = value;
                            else
                                delete message.modelId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.version = value;
                            else
                                delete message.version;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.datanetId = value;
                            else
                                delete message.datanetId;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.cutoffHeight = value;
                            else
                                delete message.cutoffHeight;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.members = value;
                            else
                                delete message.members;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.perMember = value;
                            else
                                delete message.perMember;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.carry = value;
                            else
                                delete message.carry;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.balance = value;
                            else
                                delete message.balance;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            Pool.fromObject = function (object, _depth) {
                if (object instanceof $root.ledger.v1.Pool)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".ledger.v1.Pool: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.ledger.v1.Pool();
                if (object.modelId != null)
                    if (object.modelId.length)
                        if (typeof object.modelId === "string")
                            $util.base64.decode(object.modelId, message.modelId = $util.newBuffer($util.base64.length(object.modelId)), 0);
                        else if (object.modelId.length >= 0)
                            message.modelId = object.modelId;
                if (object.version != null)
                    if ($Number(object.version) !== 0)
                        message.version = object.version >>> 0;
                if (object.datanetId != null)
                    if (object.datanetId.length)
                        if (typeof object.datanetId === "string")
                            $util.base64.decode(object.datanetId, message.datanetId = $util.newBuffer($util.base64.length(object.datanetId)), 0);
                        else if (object.datanetId.length >= 0)
                            message.datanetId = object.datanetId;
                if (object.cutoffHeight != null)
                    if (typeof object.cutoffHeight === "object" ? object.cutoffHeight.low || object.cutoffHeight.high : $Number(object.cutoffHeight) !== 0)
                        if ($util.Long)
                            message.cutoffHeight = $util.Long.fromValue(object.cutoffHeight, true);
                        else if (typeof object.cutoffHeight === "string")
                            message.cutoffHeight = $parseInt(object.cutoffHeight, 10);
                        else if (typeof object.cutoffHeight === "number")
                            message.cutoffHeight = object.cutoffHeight;
                        else if (typeof object.cutoffHeight === "object")
                            message.cutoffHeight = new $util.LongBits(object.cutoffHeight.low >>> 0, object.cutoffHeight.high >>> 0).toNumber(true);
                if (object.members != null)
                    if (typeof object.members === "object" ? object.members.low || object.members.high : $Number(object.members) !== 0)
                        if ($util.Long)
                            message.members = $util.Long.fromValue(object.members, true);
                        else if (typeof object.members === "string")
                            message.members = $parseInt(object.members, 10);
                        else if (typeof object.members === "number")
                            message.members = object.members;
                        else if (typeof object.members === "object")
                            message.members = new $util.LongBits(object.members.low >>> 0, object.members.high >>> 0).toNumber(true);
                if (object.perMember != null)
                    if (typeof object.perMember === "object" ? object.perMember.low || object.perMember.high : $Number(object.perMember) !== 0)
                        if ($util.Long)
                            message.perMember = $util.Long.fromValue(object.perMember, true);
                        else if (typeof object.perMember === "string")
                            message.perMember = $parseInt(object.perMember, 10);
                        else if (typeof object.perMember === "number")
                            message.perMember = object.perMember;
                        else if (typeof object.perMember === "object")
                            message.perMember = new $util.LongBits(object.perMember.low >>> 0, object.perMember.high >>> 0).toNumber(true);
                if (object.carry != null)
                    if (typeof object.carry === "object" ? object.carry.low || object.carry.high : $Number(object.carry) !== 0)
                        if ($util.Long)
                            message.carry = $util.Long.fromValue(object.carry, true);
                        else if (typeof object.carry === "string")
                            message.carry = $parseInt(object.carry, 10);
                        else if (typeof object.carry === "number")
                            message.carry = object.carry;
                        else if (typeof object.carry === "object")
                            message.carry = new $util.LongBits(object.carry.low >>> 0, object.carry.high >>> 0).toNumber(true);
                if (object.balance != null)
                    if (typeof object.balance === "object" ? object.balance.low || object.balance.high : $Number(object.balance) !== 0)
                        if ($util.Long)
                            message.balance = $util.Long.fromValue(object.balance, true);
                        else if (typeof object.balance === "string")
                            message.balance = $parseInt(object.balance, 10);
                        else if (typeof object.balance === "number")
                            message.balance = object.balance;
                        else if (typeof object.balance === "object")
                            message.balance = new $util.LongBits(object.balance.low >>> 0, object.balance.high >>> 0).toNumber(true);
                return message;
            };

            Pool.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    if (options.bytes === $String)
                        object.modelId = "";
                    else {
                        object.modelId = [];
                        if (options.bytes !== $Array)
                            object.modelId = $util.newBuffer(object.modelId);
                    }
                    object.version = 0;
                    if (options.bytes === $String)
                        object.datanetId = "";
                    else {
                        object.datanetId = [];
                        if (options.bytes !== $Array)
                            object.datanetId = $util.newBuffer(object.datanetId);
                    }
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.cutoffHeight = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.cutoffHeight = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.members = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.members = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.perMember = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.perMember = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.carry = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.carry = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.balance = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.balance = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.modelId != null && $Object.hasOwnProperty.call(message, "modelId"))
                    object.modelId = options.bytes === $String ? $util.base64.encode(message.modelId, 0, message.modelId.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.modelId) : message.modelId;
                if (message.version != null && $Object.hasOwnProperty.call(message, "version"))
                    object.version = message.version;
                if (message.datanetId != null && $Object.hasOwnProperty.call(message, "datanetId"))
                    object.datanetId = options.bytes === $String ? $util.base64.encode(message.datanetId, 0, message.datanetId.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.datanetId) : message.datanetId;
                if (message.cutoffHeight != null && $Object.hasOwnProperty.call(message, "cutoffHeight"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.cutoffHeight = typeof message.cutoffHeight === "number" ? $BigInt(message.cutoffHeight) : $util.Long.fromBits(message.cutoffHeight.low >>> 0, message.cutoffHeight.high >>> 0, true).toBigInt();
                    else if (typeof message.cutoffHeight === "number")
                        object.cutoffHeight = options.longs === $String ? $String(message.cutoffHeight) : message.cutoffHeight;
                    else
                        object.cutoffHeight = options.longs === $String ? $util.Long.prototype.toString.call(message.cutoffHeight) : options.longs === $Number ? new $util.LongBits(message.cutoffHeight.low >>> 0, message.cutoffHeight.high >>> 0).toNumber(true) : message.cutoffHeight;
                if (message.members != null && $Object.hasOwnProperty.call(message, "members"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.members = typeof message.members === "number" ? $BigInt(message.members) : $util.Long.fromBits(message.members.low >>> 0, message.members.high >>> 0, true).toBigInt();
                    else if (typeof message.members === "number")
                        object.members = options.longs === $String ? $String(message.members) : message.members;
                    else
                        object.members = options.longs === $String ? $util.Long.prototype.toString.call(message.members) : options.longs === $Number ? new $util.LongBits(message.members.low >>> 0, message.members.high >>> 0).toNumber(true) : message.members;
                if (message.perMember != null && $Object.hasOwnProperty.call(message, "perMember"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.perMember = typeof message.perMember === "number" ? $BigInt(message.perMember) : $util.Long.fromBits(message.perMember.low >>> 0, message.perMember.high >>> 0, true).toBigInt();
                    else if (typeof message.perMember === "number")
                        object.perMember = options.longs === $String ? $String(message.perMember) : message.perMember;
                    else
                        object.perMember = options.longs === $String ? $util.Long.prototype.toString.call(message.perMember) : options.longs === $Number ? new $util.LongBits(message.perMember.low >>> 0, message.perMember.high >>> 0).toNumber(true) : message.perMember;
                if (message.carry != null && $Object.hasOwnProperty.call(message, "carry"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.carry = typeof message.carry === "number" ? $BigInt(message.carry) : $util.Long.fromBits(message.carry.low >>> 0, message.carry.high >>> 0, true).toBigInt();
                    else if (typeof message.carry === "number")
                        object.carry = options.longs === $String ? $String(message.carry) : message.carry;
                    else
                        object.carry = options.longs === $String ? $util.Long.prototype.toString.call(message.carry) : options.longs === $Number ? new $util.LongBits(message.carry.low >>> 0, message.carry.high >>> 0).toNumber(true) : message.carry;
                if (message.balance != null && $Object.hasOwnProperty.call(message, "balance"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.balance = typeof message.balance === "number" ? $BigInt(message.balance) : $util.Long.fromBits(message.balance.low >>> 0, message.balance.high >>> 0, true).toBigInt();
                    else if (typeof message.balance === "number")
                        object.balance = options.longs === $String ? $String(message.balance) : message.balance;
                    else
                        object.balance = options.longs === $String ? $util.Long.prototype.toString.call(message.balance) : options.longs === $Number ? new $util.LongBits(message.balance.low >>> 0, message.balance.high >>> 0).toNumber(true) : message.balance;
                return object;
            };

            Pool.prototype.toJSON = function() {
                return Pool.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Pool;
        })();

        v1.ClaimMark = (function() {

            const ClaimMark = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            ClaimMark.prototype.perMember = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            ClaimMark.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.perMember != null && $Object.hasOwnProperty.call(message, "perMember") && (typeof message.perMember === "object" ? message.perMember.low || message.perMember.high : message.perMember !== 0))
                    writer.uint32(8).uint64(message.perMember);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            ClaimMark.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ledger.v1.ClaimMark();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.perMember = value;
                            else
                                delete message.perMember;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            ClaimMark.fromObject = function (object, _depth) {
                if (object instanceof $root.ledger.v1.ClaimMark)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".ledger.v1.ClaimMark: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.ledger.v1.ClaimMark();
                if (object.perMember != null)
                    if (typeof object.perMember === "object" ? object.perMember.low || object.perMember.high : $Number(object.perMember) !== 0)
                        if ($util.Long)
                            message.perMember = $util.Long.fromValue(object.perMember, true);
                        else if (typeof object.perMember === "string")
                            message.perMember = $parseInt(object.perMember, 10);
                        else if (typeof object.perMember === "number")
                            message.perMember = object.perMember;
                        else if (typeof object.perMember === "object")
                            message.perMember = new $util.LongBits(object.perMember.low >>> 0, object.perMember.high >>> 0).toNumber(true);
                return message;
            };

            ClaimMark.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.perMember = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.perMember = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                if (message.perMember != null && $Object.hasOwnProperty.call(message, "perMember"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.perMember = typeof message.perMember === "number" ? $BigInt(message.perMember) : $util.Long.fromBits(message.perMember.low >>> 0, message.perMember.high >>> 0, true).toBigInt();
                    else if (typeof message.perMember === "number")
                        object.perMember = options.longs === $String ? $String(message.perMember) : message.perMember;
                    else
                        object.perMember = options.longs === $String ? $util.Long.prototype.toString.call(message.perMember) : options.longs === $Number ? new $util.LongBits(message.perMember.low >>> 0, message.perMember.high >>> 0).toNumber(true) : message.perMember;
                return object;
            };

            ClaimMark.prototype.toJSON = function() {
                return ClaimMark.toObject(this, $protobuf.util.toJSONOptions);
            };

            return ClaimMark;
        })();

        v1.EventAttribute = (function() {

            const EventAttribute = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            EventAttribute.prototype.key = "";
            EventAttribute.prototype.value = "";

            EventAttribute.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.key != null && $Object.hasOwnProperty.call(message, "key") && message.key !== "")
                    writer.uint32(10).string(message.key);
                if (message.value != null && $Object.hasOwnProperty.call(message, "value") && message.value !== "")
                    writer.uint32(18).string(message.value);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            EventAttribute.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ledger.v1.EventAttribute();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.key = value;
                            else
                                delete message.key;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.value = value;
                            else
                                delete message.value;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            EventAttribute.fromObject = function (object, _depth) {
                if (object instanceof $root.ledger.v1.EventAttribute)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".ledger.v1.EventAttribute: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.ledger.v1.EventAttribute();
                if (object.key != null)
                    if (typeof object.key !== "string" || object.key.length)
                        message.key = $String(object.key);
                if (object.value != null)
                    if (typeof object.value !== "string" || object.value.length)
                        message.value = $String(object.value);
                return message;
            };

            EventAttribute.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.key = "";
                    object.value = "";
                }
                if (message.key != null && $Object.hasOwnProperty.call(message, "key"))
                    object.key = message.key;
                if (message.value != null && $Object.hasOwnProperty.call(message, "value"))
                    object.value = message.value;
                return object;
            };

            EventAttribute.prototype.toJSON = function() {
                return EventAttribute.toObject(this, $protobuf.util.toJSONOptions);
            };

            return EventAttribute;
        })();

        v1.Event = (function() {

            const Event = function (properties) {
                this.attributes = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            Event.prototype.type = "";
            Event.prototype.attributes = $util.emptyArray;

            Event.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.type != null && $Object.hasOwnProperty.call(message, "type") && message.type !== "")
                    writer.uint32(10).string(message.type);
                if (message.attributes != null && message.attributes.length)
                    for (let i = 0; i < message.attributes.length; ++i)
                        $root.ledger.v1.EventAttribute.encode(message.attributes[i], writer.uint32(18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            Event.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ledger.v1.Event();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.type = value;
                            else
                                delete message.type;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (!(message.attributes && message.attributes.length))
                                message.attributes = [];
                            message.attributes.push($root.ledger.v1.EventAttribute.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            Event.fromObject = function (object, _depth) {
                if (object instanceof $root.ledger.v1.Event)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".ledger.v1.Event: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.ledger.v1.Event();
                if (object.type != null)
                    if (typeof object.type !== "string" || object.type.length)
                        message.type = $String(object.type);
                if (object.attributes) {
                    if (!$Array.isArray(object.attributes))
                        throw $TypeError(".ledger.v1.Event.attributes: array expected");
                    message.attributes = $Array(object.attributes.length);
                    for (let i = 0; i < object.attributes.length; ++i) {
                        if (!$util.isObject(object.attributes[i]))
                            throw $TypeError(".ledger.v1.Event.attributes: object expected");
                        message.attributes[i] = $root.ledger.v1.EventAttribute.fromObject(object.attributes[i], _depth + 1);
                    }
                }
                return message;
            };

            Event.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.attributes = [];
                if (options.defaults)
                    object.type = "";
                if (message.type != null && $Object.hasOwnProperty.call(message, "type"))
                    object.type = message.type;
                if (message.attributes && message.attributes.length) {
                    object.attributes = $Array(message.attributes.length);
                    for (let j = 0; j < message.attributes.length; ++j)
                        object.attributes[j] = $root.ledger.v1.EventAttribute.toObject(message.attributes[j], options, _depth + 1);
                }
                return object;
            };

            Event.prototype.toJSON = function() {
                return Event.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Event;
        })();

        v1.TxResult = (function() {

            const TxResult = function (properties) {
                this.events = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            TxResult.prototype.hash = $util.newBuffer([]);
            TxResult.prototype.index = 0;
            TxResult.prototype.code = "";
            TxResult.prototype.message = "";
            TxResult.prototype.events = $util.emptyArray;

            TxResult.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.hash != null && $Object.hasOwnProperty.call(message, "hash") && message.hash.length)
                    writer.uint32(10).bytes(message.hash);
                if (message.index != null && $Object.hasOwnProperty.call(message, "index") && message.index !== 0)
                    writer.uint32(16).uint32(message.index);
                if (message.code != null && $Object.hasOwnProperty.call(message, "code") && message.code !== "")
                    writer.uint32(26).string(message.code);
                if (message.message != null && $Object.hasOwnProperty.call(message, "message") && message.message !== "")
                    writer.uint32(34).string(message.message);
                if (message.events != null && message.events.length)
                    for (let i = 0; i < message.events.length; ++i)
                        $root.ledger.v1.Event.encode(message.events[i], writer.uint32(42).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            TxResult.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ledger.v1.TxResult();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.hash = value;
                            else
                                delete message.hash;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.index = value;
                            else
                                delete message.index;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.code = value;
                            else
                                delete message.code;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.message = value;
                            else
                                delete message.message;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if (!(message.events && message.events.length))
                                message.events = [];
                            message.events.push($root.ledger.v1.Event.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            TxResult.fromObject = function (object, _depth) {
                if (object instanceof $root.ledger.v1.TxResult)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".ledger.v1.TxResult: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.ledger.v1.TxResult();
                if (object.hash != null)
                    if (object.hash.length)
                        if (typeof object.hash === "string")
                            $util.base64.decode(object.hash, message.hash = $util.newBuffer($util.base64.length(object.hash)), 0);
                        else if (object.hash.length >= 0)
                            message.hash = object.hash;
                if (object.index != null)
                    if ($Number(object.index) !== 0)
                        message.index = object.index >>> 0;
                if (object.code != null)
                    if (typeof object.code !== "string" || object.code.length)
                        message.code = $String(object.code);
                if (object.message != null)
                    if (typeof object.message !== "string" || object.message.length)
                        message.message = $String(object.message);
                if (object.events) {
                    if (!$Array.isArray(object.events))
                        throw $TypeError(".ledger.v1.TxResult.events: array expected");
                    message.events = $Array(object.events.length);
                    for (let i = 0; i < object.events.length; ++i) {
                        if (!$util.isObject(object.events[i]))
                            throw $TypeError(".ledger.v1.TxResult.events: object expected");
                        message.events[i] = $root.ledger.v1.Event.fromObject(object.events[i], _depth + 1);
                    }
                }
                return message;
            };

            TxResult.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.events = [];
                if (options.defaults) {
                    if (options.bytes === $String)
                        object.hash = "";
                    else {
                        object.hash = [];
                        if (options.bytes !== $Array)
                            object.hash = $util.newBuffer(object.hash);
                    }
                    object.index = 0;
                    object.code = "";
                    object.message = "";
                }
                if (message.hash != null && $Object.hasOwnProperty.call(message, "hash"))
                    object.hash = options.bytes === $String ? $util.base64.encode(message.hash, 0, message.hash.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.hash) : message.hash;
                if (message.index != null && $Object.hasOwnProperty.call(message, "index"))
                    object.index = message.index;
                if (message.code != null && $Object.hasOwnProperty.call(message, "code"))
                    object.code = message.code;
                if (message.message != null && $Object.hasOwnProperty.call(message, "message"))
                    object.message = message.message;
                if (message.events && message.events.length) {
                    object.events = $Array(message.events.length);
                    for (let j = 0; j < message.events.length; ++j)
                        object.events[j] = $root.ledger.v1.Event.toObject(message.events[j], options, _depth + 1);
                }
                return object;
            };

            TxResult.prototype.toJSON = function() {
                return TxResult.toObject(this, $protobuf.util.toJSONOptions);
            };

            return TxResult;
        })();

        v1.BlockResults = (function() {

            const BlockResults = function (properties) {
                this.txs = [];
                this.endEvents = [];
                this.payouts = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            BlockResults.prototype.txs = $util.emptyArray;
            BlockResults.prototype.endEvents = $util.emptyArray;
            BlockResults.prototype.payouts = $util.emptyArray;

            BlockResults.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.txs != null && message.txs.length)
                    for (let i = 0; i < message.txs.length; ++i)
                        $root.ledger.v1.TxResult.encode(message.txs[i], writer.uint32(10).fork(), _depth + 1).ldelim();
                if (message.endEvents != null && message.endEvents.length)
                    for (let i = 0; i < message.endEvents.length; ++i)
                        $root.ledger.v1.Event.encode(message.endEvents[i], writer.uint32(18).fork(), _depth + 1).ldelim();
                if (message.payouts != null && message.payouts.length)
                    for (let i = 0; i < message.payouts.length; ++i)
                        $root.ledger.v1.PayoutRow.encode(message.payouts[i], writer.uint32(26).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            BlockResults.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ledger.v1.BlockResults();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.txs && message.txs.length))
                                message.txs = [];
                            message.txs.push($root.ledger.v1.TxResult.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (!(message.endEvents && message.endEvents.length))
                                message.endEvents = [];
                            message.endEvents.push($root.ledger.v1.Event.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if (!(message.payouts && message.payouts.length))
                                message.payouts = [];
                            message.payouts.push($root.ledger.v1.PayoutRow.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            BlockResults.fromObject = function (object, _depth) {
                if (object instanceof $root.ledger.v1.BlockResults)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".ledger.v1.BlockResults: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.ledger.v1.BlockResults();
                if (object.txs) {
                    if (!$Array.isArray(object.txs))
                        throw $TypeError(".ledger.v1.BlockResults.txs: array expected");
                    message.txs = $Array(object.txs.length);
                    for (let i = 0; i < object.txs.length; ++i) {
                        if (!$util.isObject(object.txs[i]))
                            throw $TypeError(".ledger.v1.BlockResults.txs: object expected");
                        message.txs[i] = $root.ledger.v1.TxResult.fromObject(object.txs[i], _depth + 1);
                    }
                }
                if (object.endEvents) {
                    if (!$Array.isArray(object.endEvents))
                        throw $TypeError(".ledger.v1.BlockResults.endEvents: array expected");
                    message.endEvents = $Array(object.endEvents.length);
                    for (let i = 0; i < object.endEvents.length; ++i) {
                        if (!$util.isObject(object.endEvents[i]))
                            throw $TypeError(".ledger.v1.BlockResults.endEvents: object expected");
                        message.endEvents[i] = $root.ledger.v1.Event.fromObject(object.endEvents[i], _depth + 1);
                    }
                }
                if (object.payouts) {
                    if (!$Array.isArray(object.payouts))
                        throw $TypeError(".ledger.v1.BlockResults.payouts: array expected");
                    message.payouts = $Array(object.payouts.length);
                    for (let i = 0; i < object.payouts.length; ++i) {
                        if (!$util.isObject(object.payouts[i]))
                            throw $TypeError(".ledger.v1.BlockResults.payouts: object expected");
                        message.payouts[i] = $root.ledger.v1.PayoutRow.fromObject(object.payouts[i], _depth + 1);
                    }
                }
                return message;
            };

            BlockResults.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults) {
                    object.txs = [];
                    object.endEvents = [];
                    object.payouts = [];
                }
                if (message.txs && message.txs.length) {
                    object.txs = $Array(message.txs.length);
                    for (let j = 0; j < message.txs.length; ++j)
                        object.txs[j] = $root.ledger.v1.TxResult.toObject(message.txs[j], options, _depth + 1);
                }
                if (message.endEvents && message.endEvents.length) {
                    object.endEvents = $Array(message.endEvents.length);
                    for (let j = 0; j < message.endEvents.length; ++j)
                        object.endEvents[j] = $root.ledger.v1.Event.toObject(message.endEvents[j], options, _depth + 1);
                }
                if (message.payouts && message.payouts.length) {
                    object.payouts = $Array(message.payouts.length);
                    for (let j = 0; j < message.payouts.length; ++j)
                        object.payouts[j] = $root.ledger.v1.PayoutRow.toObject(message.payouts[j], options, _depth + 1);
                }
                return object;
            };

            BlockResults.prototype.toJSON = function() {
                return BlockResults.toObject(this, $protobuf.util.toJSONOptions);
            };

            return BlockResults;
        })();

        v1.ChainHead = (function() {

            const ChainHead = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            ChainHead.prototype.height = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            ChainHead.prototype.blockHash = $util.newBuffer([]);
            ChainHead.prototype.stateRoot = $util.newBuffer([]);
            ChainHead.prototype.timeMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            ChainHead.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.height != null && $Object.hasOwnProperty.call(message, "height") && (typeof message.height === "object" ? message.height.low || message.height.high : message.height !== 0))
                    writer.uint32(8).uint64(message.height);
                if (message.blockHash != null && $Object.hasOwnProperty.call(message, "blockHash") && message.blockHash.length)
                    writer.uint32(18).bytes(message.blockHash);
                if (message.stateRoot != null && $Object.hasOwnProperty.call(message, "stateRoot") && message.stateRoot.length)
                    writer.uint32(26).bytes(message.stateRoot);
                if (message.timeMs != null && $Object.hasOwnProperty.call(message, "timeMs") && (typeof message.timeMs === "object" ? message.timeMs.low || message.timeMs.high : message.timeMs !== 0))
                    writer.uint32(32).uint64(message.timeMs);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            ChainHead.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ledger.v1.ChainHead();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.height = value;
                            else
                                delete message.height;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.blockHash = value;
                            else
                                delete message.blockHash;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.stateRoot = value;
                            else
                                delete message.stateRoot;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.timeMs = value;
                            else
                                delete message.timeMs;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            ChainHead.fromObject = function (object, _depth) {
                if (object instanceof $root.ledger.v1.ChainHead)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".ledger.v1.ChainHead: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.ledger.v1.ChainHead();
                if (object.height != null)
                    if (typeof object.height === "object" ? object.height.low || object.height.high : $Number(object.height) !== 0)
                        if ($util.Long)
                            message.height = $util.Long.fromValue(object.height, true);
                        else if (typeof object.height === "string")
                            message.height = $parseInt(object.height, 10);
                        else if (typeof object.height === "number")
                            message.height = object.height;
                        else if (typeof object.height === "object")
                            message.height = new $util.LongBits(object.height.low >>> 0, object.height.high >>> 0).toNumber(true);
                if (object.blockHash != null)
                    if (object.blockHash.length)
                        if (typeof object.blockHash === "string")
                            $util.base64.decode(object.blockHash, message.blockHash = $util.newBuffer($util.base64.length(object.blockHash)), 0);
                        else if (object.blockHash.length >= 0)
                            message.blockHash = object.blockHash;
                if (object.stateRoot != null)
                    if (object.stateRoot.length)
                        if (typeof object.stateRoot === "string")
                            $util.base64.decode(object.stateRoot, message.stateRoot = $util.newBuffer($util.base64.length(object.stateRoot)), 0);
                        else if (object.stateRoot.length >= 0)
                            message.stateRoot = object.stateRoot;
                if (object.timeMs != null)
                    if (typeof object.timeMs === "object" ? object.timeMs.low || object.timeMs.high : $Number(object.timeMs) !== 0)
                        if ($util.Long)
                            message.timeMs = $util.Long.fromValue(object.timeMs, true);
                        else if (typeof object.timeMs === "string")
                            message.timeMs = $parseInt(object.timeMs, 10);
                        else if (typeof object.timeMs === "number")
                            message.timeMs = object.timeMs;
                        else if (typeof object.timeMs === "object")
                            message.timeMs = new $util.LongBits(object.timeMs.low >>> 0, object.timeMs.high >>> 0).toNumber(true);
                return message;
            };

            ChainHead.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.height = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.height = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if (options.bytes === $String)
                        object.blockHash = "";
                    else {
                        object.blockHash = [];
                        if (options.bytes !== $Array)
                            object.blockHash = $util.newBuffer(object.blockHash);
                    }
                    if (options.bytes === $String)
                        object.stateRoot = "";
                    else {
                        object.stateRoot = [];
                        if (options.bytes !== $Array)
                            object.stateRoot = $util.newBuffer(object.stateRoot);
                    }
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.timeMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.timeMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.height != null && $Object.hasOwnProperty.call(message, "height"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.height = typeof message.height === "number" ? $BigInt(message.height) : $util.Long.fromBits(message.height.low >>> 0, message.height.high >>> 0, true).toBigInt();
                    else if (typeof message.height === "number")
                        object.height = options.longs === $String ? $String(message.height) : message.height;
                    else
                        object.height = options.longs === $String ? $util.Long.prototype.toString.call(message.height) : options.longs === $Number ? new $util.LongBits(message.height.low >>> 0, message.height.high >>> 0).toNumber(true) : message.height;
                if (message.blockHash != null && $Object.hasOwnProperty.call(message, "blockHash"))
                    object.blockHash = options.bytes === $String ? $util.base64.encode(message.blockHash, 0, message.blockHash.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.blockHash) : message.blockHash;
                if (message.stateRoot != null && $Object.hasOwnProperty.call(message, "stateRoot"))
                    object.stateRoot = options.bytes === $String ? $util.base64.encode(message.stateRoot, 0, message.stateRoot.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.stateRoot) : message.stateRoot;
                if (message.timeMs != null && $Object.hasOwnProperty.call(message, "timeMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.timeMs = typeof message.timeMs === "number" ? $BigInt(message.timeMs) : $util.Long.fromBits(message.timeMs.low >>> 0, message.timeMs.high >>> 0, true).toBigInt();
                    else if (typeof message.timeMs === "number")
                        object.timeMs = options.longs === $String ? $String(message.timeMs) : message.timeMs;
                    else
                        object.timeMs = options.longs === $String ? $util.Long.prototype.toString.call(message.timeMs) : options.longs === $Number ? new $util.LongBits(message.timeMs.low >>> 0, message.timeMs.high >>> 0).toNumber(true) : message.timeMs;
                return object;
            };

            ChainHead.prototype.toJSON = function() {
                return ChainHead.toObject(this, $protobuf.util.toJSONOptions);
            };

            return ChainHead;
        })();

        v1.TxLocation = (function() {

            const TxLocation = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            TxLocation.prototype.height = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            TxLocation.prototype.index = 0;

            TxLocation.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.height != null && $Object.hasOwnProperty.call(message, "height") && (typeof message.height === "object" ? message.height.low || message.height.high : message.height !== 0))
                    writer.uint32(8).uint64(message.height);
                if (message.index != null && $Object.hasOwnProperty.call(message, "index") && message.index !== 0)
                    writer.uint32(16).uint32(message.index);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            TxLocation.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ledger.v1.TxLocation();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.height = value;
                            else
                                delete message.height;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.index = value;
                            else
                                delete message.index;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            TxLocation.fromObject = function (object, _depth) {
                if (object instanceof $root.ledger.v1.TxLocation)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".ledger.v1.TxLocation: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.ledger.v1.TxLocation();
                if (object.height != null)
                    if (typeof object.height === "object" ? object.height.low || object.height.high : $Number(object.height) !== 0)
                        if ($util.Long)
                            message.height = $util.Long.fromValue(object.height, true);
                        else if (typeof object.height === "string")
                            message.height = $parseInt(object.height, 10);
                        else if (typeof object.height === "number")
                            message.height = object.height;
                        else if (typeof object.height === "object")
                            message.height = new $util.LongBits(object.height.low >>> 0, object.height.high >>> 0).toNumber(true);
                if (object.index != null)
                    if ($Number(object.index) !== 0)
                        message.index = object.index >>> 0;
                return message;
            };

            TxLocation.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.height = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.height = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.index = 0;
                }
                if (message.height != null && $Object.hasOwnProperty.call(message, "height"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.height = typeof message.height === "number" ? $BigInt(message.height) : $util.Long.fromBits(message.height.low >>> 0, message.height.high >>> 0, true).toBigInt();
                    else if (typeof message.height === "number")
                        object.height = options.longs === $String ? $String(message.height) : message.height;
                    else
                        object.height = options.longs === $String ? $util.Long.prototype.toString.call(message.height) : options.longs === $Number ? new $util.LongBits(message.height.low >>> 0, message.height.high >>> 0).toNumber(true) : message.height;
                if (message.index != null && $Object.hasOwnProperty.call(message, "index"))
                    object.index = message.index;
                return object;
            };

            TxLocation.prototype.toJSON = function() {
                return TxLocation.toObject(this, $protobuf.util.toJSONOptions);
            };

            return TxLocation;
        })();

        v1.Tx = (function() {

            const Tx = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            Tx.prototype.body = $util.newBuffer([]);
            Tx.prototype.signature = $util.newBuffer([]);

            Tx.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.body != null && $Object.hasOwnProperty.call(message, "body") && message.body.length)
                    writer.uint32(10).bytes(message.body);
                if (message.signature != null && $Object.hasOwnProperty.call(message, "signature") && message.signature.length)
                    writer.uint32(18).bytes(message.signature);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            Tx.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ledger.v1.Tx();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.body = value;
                            else
                                delete message.body;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.signature = value;
                            else
                                delete message.signature;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            Tx.fromObject = function (object, _depth) {
                if (object instanceof $root.ledger.v1.Tx)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".ledger.v1.Tx: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.ledger.v1.Tx();
                if (object.body != null)
                    if (object.body.length)
                        if (typeof object.body === "string")
                            $util.base64.decode(object.body, message.body = $util.newBuffer($util.base64.length(object.body)), 0);
                        else if (object.body.length >= 0)
                            message.body = object.body;
                if (object.signature != null)
                    if (object.signature.length)
                        if (typeof object.signature === "string")
                            $util.base64.decode(object.signature, message.signature = $util.newBuffer($util.base64.length(object.signature)), 0);
                        else if (object.signature.length >= 0)
                            message.signature = object.signature;
                return message;
            };

            Tx.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    if (options.bytes === $String)
                        object.body = "";
                    else {
                        object.body = [];
                        if (options.bytes !== $Array)
                            object.body = $util.newBuffer(object.body);
                    }
                    if (options.bytes === $String)
                        object.signature = "";
                    else {
                        object.signature = [];
                        if (options.bytes !== $Array)
                            object.signature = $util.newBuffer(object.signature);
                    }
                }
                if (message.body != null && $Object.hasOwnProperty.call(message, "body"))
                    object.body = options.bytes === $String ? $util.base64.encode(message.body, 0, message.body.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.body) : message.body;
                if (message.signature != null && $Object.hasOwnProperty.call(message, "signature"))
                    object.signature = options.bytes === $String ? $util.base64.encode(message.signature, 0, message.signature.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.signature) : message.signature;
                return object;
            };

            Tx.prototype.toJSON = function() {
                return Tx.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Tx;
        })();

        v1.TxBody = (function() {

            const TxBody = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            TxBody.prototype.chainId = "";
            TxBody.prototype.signer = $util.newBuffer([]);
            TxBody.prototype.nonce = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            TxBody.prototype.fee = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            TxBody.prototype.transfer = null;
            TxBody.prototype.createDatanet = null;
            TxBody.prototype.updateCurators = null;
            TxBody.prototype.contribute = null;
            TxBody.prototype.curate = null;
            TxBody.prototype.retire = null;
            TxBody.prototype.registerModel = null;
            TxBody.prototype.recordTraining = null;
            TxBody.prototype.recordUsage = null;
            TxBody.prototype.claim = null;
            TxBody.prototype.stake = null;
            TxBody.prototype.unstake = null;
            TxBody.prototype.evidence = null;

            let $oneOfFields;

            $Object.defineProperty(TxBody.prototype, "payload", {
                get: $util.oneOfGetter($oneOfFields = ["transfer", "createDatanet", "updateCurators", "contribute", "curate", "retire", "registerModel", "recordTraining", "recordUsage", "claim", "stake", "unstake", "evidence"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            TxBody.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.chainId != null && $Object.hasOwnProperty.call(message, "chainId") && message.chainId !== "")
                    writer.uint32(10).string(message.chainId);
                if (message.signer != null && $Object.hasOwnProperty.call(message, "signer") && message.signer.length)
                    writer.uint32(18).bytes(message.signer);
                if (message.nonce != null && $Object.hasOwnProperty.call(message, "nonce") && (typeof message.nonce === "object" ? message.nonce.low || message.nonce.high : message.nonce !== 0))
                    writer.uint32(24).uint64(message.nonce);
                if (message.fee != null && $Object.hasOwnProperty.call(message, "fee") && (typeof message.fee === "object" ? message.fee.low || message.fee.high : message.fee !== 0))
                    writer.uint32(32).uint64(message.fee);
                if (message.transfer != null && $Object.hasOwnProperty.call(message, "transfer"))
                    $root.ledger.v1.Transfer.encode(message.transfer, writer.uint32(66).fork(), _depth + 1).ldelim();
                if (message.createDatanet != null && $Object.hasOwnProperty.call(message, "createDatanet"))
                    $root.ledger.v1.CreateDatanet.encode(message.createDatanet, writer.uint32(74).fork(), _depth + 1).ldelim();
                if (message.updateCurators != null && $Object.hasOwnProperty.call(message, "updateCurators"))
                    $root.ledger.v1.UpdateCurators.encode(message.updateCurators, writer.uint32(82).fork(), _depth + 1).ldelim();
                if (message.contribute != null && $Object.hasOwnProperty.call(message, "contribute"))
                    $root.ledger.v1.Contribute.encode(message.contribute, writer.uint32(90).fork(), _depth + 1).ldelim();
                if (message.curate != null && $Object.hasOwnProperty.call(message, "curate"))
                    $root.ledger.v1.Curate.encode(message.curate, writer.uint32(98).fork(), _depth + 1).ldelim();
                if (message.retire != null && $Object.hasOwnProperty.call(message, "retire"))
                    $root.ledger.v1.Retire.encode(message.retire, writer.uint32(106).fork(), _depth + 1).ldelim();
                if (message.registerModel != null && $Object.hasOwnProperty.call(message, "registerModel"))
                    $root.ledger.v1.RegisterModel.encode(message.registerModel, writer.uint32(114).fork(), _depth + 1).ldelim();
                if (message.recordTraining != null && $Object.hasOwnProperty.call(message, "recordTraining"))
                    $root.ledger.v1.RecordTraining.encode(message.recordTraining, writer.uint32(122).fork(), _depth + 1).ldelim();
                if (message.recordUsage != null && $Object.hasOwnProperty.call(message, "recordUsage"))
                    $root.ledger.v1.RecordUsage.encode(message.recordUsage, writer.uint32(130).fork(), _depth + 1).ldelim();
                if (message.claim != null && $Object.hasOwnProperty.call(message, "claim"))
                    $root.ledger.v1.Claim.encode(message.claim, writer.uint32(138).fork(), _depth + 1).ldelim();
                if (message.stake != null && $Object.hasOwnProperty.call(message, "stake"))
                    $root.ledger.v1.Stake.encode(message.stake, writer.uint32(146).fork(), _depth + 1).ldelim();
                if (message.unstake != null && $Object.hasOwnProperty.call(message, "unstake"))
                    $root.ledger.v1.Unstake.encode(message.unstake, writer.uint32(154).fork(), _depth + 1).ldelim();
                if (message.evidence != null && $Object.hasOwnProperty.call(message, "evidence"))
                    $root.ledger.v1.Evidence.encode(message.evidence, writer.uint32(162).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            TxBody.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ledger.v1.TxBody();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.chainId = value;
                            else
                                delete message.chainId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.signer = value;
                            else
                                delete message.signer;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.nonce = value;
                            else
                                delete message.nonce;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.fee = value;
                            else
                                delete message.fee;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            message.transfer = $root.ledger.v1.Transfer.decode(reader, reader.size(), $undefined, _depth + 1, message.transfer);
                            message.payload = "transfer";
                            continue;
                        }
                    case 9: {
                            if (wireType !== 2)
                                break;
                            message.createDatanet = $root.ledger.v1.CreateDatanet.decode(reader, reader.size(), $undefined, _depth + 1, message.createDatanet);
                            message.payload = "createDatanet";
                            continue;
                        }
                    case 10: {
                            if (wireType !== 2)
                                break;
                            message.updateCurators = $root.ledger.v1.UpdateCurators.decode(reader, reader.size(), $undefined, _depth + 1, message.updateCurators);
                            message.payload = "updateCurators";
                            continue;
                        }
                    case 11: {
                            if (wireType !== 2)
                                break;
                            message.contribute = $root.ledger.v1.Contribute.decode(reader, reader.size(), $undefined, _depth + 1, message.contribute);
                            message.payload = "contribute";
                            continue;
                        }
                    case 12: {
                            if (wireType !== 2)
                                break;
                            message.curate = $root.ledger.v1.Curate.decode(reader, reader.size(), $undefined, _depth + 1, message.curate);
                            message.payload = "curate";
                            continue;
                        }
                    case 13: {
                            if (wireType !== 2)
                                break;
                            message.retire = $root.ledger.v1.Retire.decode(reader, reader.size(), $undefined, _depth + 1, message.retire);
                            message.payload = "retire";
                            continue;
                        }
                    case 14: {
                            if (wireType !== 2)
                                break;
                            message.registerModel = $root.ledger.v1.RegisterModel.decode(reader, reader.size(), $undefined, _depth + 1, message.registerModel);
                            message.payload = "registerModel";
                            continue;
                        }
                    case 15: {
                            if (wireType !== 2)
                                break;
                            message.recordTraining = $root.ledger.v1.RecordTraining.decode(reader, reader.size(), $undefined, _depth + 1, message.recordTraining);
                            message.payload = "recordTraining";
                            continue;
                        }
                    case 16: {
                            if (wireType !== 2)
                                break;
                            message.recordUsage = $root.ledger.v1.RecordUsage.decode(reader, reader.size(), $undefined, _depth + 1, message.recordUsage);
                            message.payload = "recordUsage";
                            continue;
                        }
                    case 17: {
                            if (wireType !== 2)
                                break;
                            message.claim = $root.ledger.v1.Claim.decode(reader, reader.size(), $undefined, _depth + 1, message.claim);
                            message.payload = "claim";
                            continue;
                        }
                    case 18: {
                            if (wireType !== 2)
                                break;
                            message.stake = $root.ledger.v1.Stake.decode(reader, reader.size(), $undefined, _depth + 1, message.stake);
                            message.payload = "stake";
                            continue;
                        }
                    case 19: {
                            if (wireType !== 2)
                                break;
                            message.unstake = $root.ledger.v1.Unstake.decode(reader, reader.size(), $undefined, _depth + 1, message.unstake);
                            message.payload = "unstake";
                            continue;
                        }
                    case 20: {
                            if (wireType !== 2)
                                break;
                            message.evidence = $root.ledger.v1.Evidence.decode(reader, reader.size(), $undefined, _depth + 1, message.evidence);
                            message.payload = "evidence";
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            TxBody.fromObject = function (object, _depth) {
                if (object instanceof $root.ledger.v1.TxBody)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".ledger.v1.TxBody: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.ledger.v1.TxBody();
                if (object.chainId != null)
                    if (typeof object.chainId !== "string" || object.chainId.length)
                        message.chainId = $String(object.chainId);
                if (object.signer != null)
                    if (object.signer.length)
                        if (typeof object.signer === "string")
                            $util.base64.decode(object.signer, message.signer = $util.newBuffer($util.base64.length(object.signer)), 0);
                        else if (object.signer.length >= 0)
                            message.signer = object.signer;
                if (object.nonce != null)
                    if (typeof object.nonce === "object" ? object.nonce.low || object.nonce.high : $Number(object.nonce) !== 0)
                        if ($util.Long)
                            message.nonce = $util.Long.fromValue(object.nonce, true);
                        else if (typeof object.nonce === "string")
                            message.nonce = $parseInt(object.nonce, 10);
                        else if (typeof object.nonce === "number")
                            message.nonce = object.nonce;
                        else if (typeof object.nonce === "object")
                            message.nonce = new $util.LongBits(object.nonce.low >>> 0, object.nonce.high >>> 0).toNumber(true);
                if (object.fee != null)
                    if (typeof object.fee === "object" ? object.fee.low || object.fee.high : $Number(object.fee) !== 0)
                        if ($util.Long)
                            message.fee = $util.Long.fromValue(object.fee, true);
                        else if (typeof object.fee === "string")
                            message.fee = $parseInt(object.fee, 10);
                        else if (typeof object.fee === "number")
                            message.fee = object.fee;
                        else if (typeof object.fee === "object")
                            message.fee = new $util.LongBits(object.fee.low >>> 0, object.fee.high >>> 0).toNumber(true);
                if (object.transfer != null) {
                    if (!$util.isObject(object.transfer))
                        throw $TypeError(".ledger.v1.TxBody.transfer: object expected");
                    message.transfer = $root.ledger.v1.Transfer.fromObject(object.transfer, _depth + 1);
                }
                if (object.createDatanet != null) {
                    if (!$util.isObject(object.createDatanet))
                        throw $TypeError(".ledger.v1.TxBody.createDatanet: object expected");
                    message.createDatanet = $root.ledger.v1.CreateDatanet.fromObject(object.createDatanet, _depth + 1);
                }
                if (object.updateCurators != null) {
                    if (!$util.isObject(object.updateCurators))
                        throw $TypeError(".ledger.v1.TxBody.updateCurators: object expected");
                    message.updateCurators = $root.ledger.v1.UpdateCurators.fromObject(object.updateCurators, _depth + 1);
                }
                if (object.contribute != null) {
                    if (!$util.isObject(object.contribute))
                        throw $TypeError(".ledger.v1.TxBody.contribute: object expected");
                    message.contribute = $root.ledger.v1.Contribute.fromObject(object.contribute, _depth + 1);
                }
                if (object.curate != null) {
                    if (!$util.isObject(object.curate))
                        throw $TypeError(".ledger.v1.TxBody.curate: object expected");
                    message.curate = $root.ledger.v1.Curate.fromObject(object.curate, _depth + 1);
                }
                if (object.retire != null) {
                    if (!$util.isObject(object.retire))
                        throw $TypeError(".ledger.v1.TxBody.retire: object expected");
                    message.retire = $root.ledger.v1.Retire.fromObject(object.retire, _depth + 1);
                }
                if (object.registerModel != null) {
                    if (!$util.isObject(object.registerModel))
                        throw $TypeError(".ledger.v1.TxBody.registerModel: object expected");
                    message.registerModel = $root.ledger.v1.RegisterModel.fromObject(object.registerModel, _depth + 1);
                }
                if (object.recordTraining != null) {
                    if (!$util.isObject(object.recordTraining))
                        throw $TypeError(".ledger.v1.TxBody.recordTraining: object expected");
                    message.recordTraining = $root.ledger.v1.RecordTraining.fromObject(object.recordTraining, _depth + 1);
                }
                if (object.recordUsage != null) {
                    if (!$util.isObject(object.recordUsage))
                        throw $TypeError(".ledger.v1.TxBody.recordUsage: object expected");
                    message.recordUsage = $root.ledger.v1.RecordUsage.fromObject(object.recordUsage, _depth + 1);
                }
                if (object.claim != null) {
                    if (!$util.isObject(object.claim))
                        throw $TypeError(".ledger.v1.TxBody.claim: object expected");
                    message.claim = $root.ledger.v1.Claim.fromObject(object.claim, _depth + 1);
                }
                if (object.stake != null) {
                    if (!$util.isObject(object.stake))
                        throw $TypeError(".ledger.v1.TxBody.stake: object expected");
                    message.stake = $root.ledger.v1.Stake.fromObject(object.stake, _depth + 1);
                }
                if (object.unstake != null) {
                    if (!$util.isObject(object.unstake))
                        throw $TypeError(".ledger.v1.TxBody.unstake: object expected");
                    message.unstake = $root.ledger.v1.Unstake.fromObject(object.unstake, _depth + 1);
                }
                if (object.evidence != null) {
                    if (!$util.isObject(object.evidence))
                        throw $TypeError(".ledger.v1.TxBody.evidence: object expected");
                    message.evidence = $root.ledger.v1.Evidence.fromObject(object.evidence, _depth + 1);
                }
                return message;
            };

            TxBody.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.chainId = "";
                    if (options.bytes === $String)
                        object.signer = "";
                    else {
                        object.signer = [];
                        if (options.bytes !== $Array)
                            object.signer = $util.newBuffer(object.signer);
                    }
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.nonce = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.nonce = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.fee = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.fee = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.chainId != null && $Object.hasOwnProperty.call(message, "chainId"))
                    object.chainId = message.chainId;
                if (message.signer != null && $Object.hasOwnProperty.call(message, "signer"))
                    object.signer = options.bytes === $String ? $util.base64.encode(message.signer, 0, message.signer.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.signer) : message.signer;
                if (message.nonce != null && $Object.hasOwnProperty.call(message, "nonce"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.nonce = typeof message.nonce === "number" ? $BigInt(message.nonce) : $util.Long.fromBits(message.nonce.low >>> 0, message.nonce.high >>> 0, true).toBigInt();
                    else if (typeof message.nonce === "number")
                        object.nonce = options.longs === $String ? $String(message.nonce) : message.nonce;
                    else
                        object.nonce = options.longs === $String ? $util.Long.prototype.toString.call(message.nonce) : options.longs === $Number ? new $util.LongBits(message.nonce.low >>> 0, message.nonce.high >>> 0).toNumber(true) : message.nonce;
                if (message.fee != null && $Object.hasOwnProperty.call(message, "fee"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.fee = typeof message.fee === "number" ? $BigInt(message.fee) : $util.Long.fromBits(message.fee.low >>> 0, message.fee.high >>> 0, true).toBigInt();
                    else if (typeof message.fee === "number")
                        object.fee = options.longs === $String ? $String(message.fee) : message.fee;
                    else
                        object.fee = options.longs === $String ? $util.Long.prototype.toString.call(message.fee) : options.longs === $Number ? new $util.LongBits(message.fee.low >>> 0, message.fee.high >>> 0).toNumber(true) : message.fee;
                if (message.transfer != null && $Object.hasOwnProperty.call(message, "transfer")) {
                    object.transfer = $root.ledger.v1.Transfer.toObject(message.transfer, options, _depth + 1);
                    if (options.oneofs)
                        object.payload = "transfer";
                }
                if (message.createDatanet != null && $Object.hasOwnProperty.call(message, "createDatanet")) {
                    object.createDatanet = $root.ledger.v1.CreateDatanet.toObject(message.createDatanet, options, _depth + 1);
                    if (options.oneofs)
                        object.payload = "createDatanet";
                }
                if (message.updateCurators != null && $Object.hasOwnProperty.call(message, "updateCurators")) {
                    object.updateCurators = $root.ledger.v1.UpdateCurators.toObject(message.updateCurators, options, _depth + 1);
                    if (options.oneofs)
                        object.payload = "updateCurators";
                }
                if (message.contribute != null && $Object.hasOwnProperty.call(message, "contribute")) {
                    object.contribute = $root.ledger.v1.Contribute.toObject(message.contribute, options, _depth + 1);
                    if (options.oneofs)
                        object.payload = "contribute";
                }
                if (message.curate != null && $Object.hasOwnProperty.call(message, "curate")) {
                    object.curate = $root.ledger.v1.Curate.toObject(message.curate, options, _depth + 1);
                    if (options.oneofs)
                        object.payload = "curate";
                }
                if (message.retire != null && $Object.hasOwnProperty.call(message, "retire")) {
                    object.retire = $root.ledger.v1.Retire.toObject(message.retire, options, _depth + 1);
                    if (options.oneofs)
                        object.payload = "retire";
                }
                if (message.registerModel != null && $Object.hasOwnProperty.call(message, "registerModel")) {
                    object.registerModel = $root.ledger.v1.RegisterModel.toObject(message.registerModel, options, _depth + 1);
                    if (options.oneofs)
                        object.payload = "registerModel";
                }
                if (message.recordTraining != null && $Object.hasOwnProperty.call(message, "recordTraining")) {
                    object.recordTraining = $root.ledger.v1.RecordTraining.toObject(message.recordTraining, options, _depth + 1);
                    if (options.oneofs)
                        object.payload = "recordTraining";
                }
                if (message.recordUsage != null && $Object.hasOwnProperty.call(message, "recordUsage")) {
                    object.recordUsage = $root.ledger.v1.RecordUsage.toObject(message.recordUsage, options, _depth + 1);
                    if (options.oneofs)
                        object.payload = "recordUsage";
                }
                if (message.claim != null && $Object.hasOwnProperty.call(message, "claim")) {
                    object.claim = $root.ledger.v1.Claim.toObject(message.claim, options, _depth + 1);
                    if (options.oneofs)
                        object.payload = "claim";
                }
                if (message.stake != null && $Object.hasOwnProperty.call(message, "stake")) {
                    object.stake = $root.ledger.v1.Stake.toObject(message.stake, options, _depth + 1);
                    if (options.oneofs)
                        object.payload = "stake";
                }
                if (message.unstake != null && $Object.hasOwnProperty.call(message, "unstake")) {
                    object.unstake = $root.ledger.v1.Unstake.toObject(message.unstake, options, _depth + 1);
                    if (options.oneofs)
                        object.payload = "unstake";
                }
                if (message.evidence != null && $Object.hasOwnProperty.call(message, "evidence")) {
                    object.evidence = $root.ledger.v1.Evidence.toObject(message.evidence, options, _depth + 1);
                    if (options.oneofs)
                        object.payload = "evidence";
                }
                return object;
            };

            TxBody.prototype.toJSON = function() {
                return TxBody.toObject(this, $protobuf.util.toJSONOptions);
            };

            return TxBody;
        })();

        v1.Transfer = (function() {

            const Transfer = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            Transfer.prototype.to = $util.newBuffer([]);
            Transfer.prototype.amount = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            Transfer.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.to != null && $Object.hasOwnProperty.call(message, "to") && message.to.length)
                    writer.uint32(10).bytes(message.to);
                if (message.amount != null && $Object.hasOwnProperty.call(message, "amount") && (typeof message.amount === "object" ? message.amount.low || message.amount.high : message.amount !== 0))
                    writer.uint32(16).uint64(message.amount);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            Transfer.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ledger.v1.Transfer();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.to = value;
                            else
                                delete message.to;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.amount = value;
                            else
                                delete message.amount;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            Transfer.fromObject = function (object, _depth) {
                if (object instanceof $root.ledger.v1.Transfer)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".ledger.v1.Transfer: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.ledger.v1.Transfer();
                if (object.to != null)
                    if (object.to.length)
                        if (typeof object.to === "string")
                            $util.base64.decode(object.to, message.to = $util.newBuffer($util.base64.length(object.to)), 0);
                        else if (object.to.length >= 0)
                            message.to = object.to;
                if (object.amount != null)
                    if (typeof object.amount === "object" ? object.amount.low || object.amount.high : $Number(object.amount) !== 0)
                        if ($util.Long)
                            message.amount = $util.Long.fromValue(object.amount, true);
                        else if (typeof object.amount === "string")
                            message.amount = $parseInt(object.amount, 10);
                        else if (typeof object.amount === "number")
                            message.amount = object.amount;
                        else if (typeof object.amount === "object")
                            message.amount = new $util.LongBits(object.amount.low >>> 0, object.amount.high >>> 0).toNumber(true);
                return message;
            };

            Transfer.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    if (options.bytes === $String)
                        object.to = "";
                    else {
                        object.to = [];
                        if (options.bytes !== $Array)
                            object.to = $util.newBuffer(object.to);
                    }
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.amount = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.amount = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.to != null && $Object.hasOwnProperty.call(message, "to"))
                    object.to = options.bytes === $String ? $util.base64.encode(message.to, 0, message.to.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.to) : message.to;
                if (message.amount != null && $Object.hasOwnProperty.call(message, "amount"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.amount = typeof message.amount === "number" ? $BigInt(message.amount) : $util.Long.fromBits(message.amount.low >>> 0, message.amount.high >>> 0, true).toBigInt();
                    else if (typeof message.amount === "number")
                        object.amount = options.longs === $String ? $String(message.amount) : message.amount;
                    else
                        object.amount = options.longs === $String ? $util.Long.prototype.toString.call(message.amount) : options.longs === $Number ? new $util.LongBits(message.amount.low >>> 0, message.amount.high >>> 0).toNumber(true) : message.amount;
                return object;
            };

            Transfer.prototype.toJSON = function() {
                return Transfer.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Transfer;
        })();

        v1.CreateDatanet = (function() {

            const CreateDatanet = function (properties) {
                this.curators = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            CreateDatanet.prototype.name = "";
            CreateDatanet.prototype.description = "";
            CreateDatanet.prototype.licenseUri = "";
            CreateDatanet.prototype.curators = $util.emptyArray;
            CreateDatanet.prototype.contributionStake = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            CreateDatanet.prototype.challengeBlocks = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            CreateDatanet.prototype.autoAccept = false;

            CreateDatanet.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(10).string(message.name);
                if (message.description != null && $Object.hasOwnProperty.call(message, "description") && message.description !== "")
                    writer.uint32(18).string(message.description);
                if (message.licenseUri != null && $Object.hasOwnProperty.call(message, "licenseUri") && message.licenseUri !== "")
                    writer.uint32(26).string(message.licenseUri);
                if (message.curators != null && message.curators.length)
                    for (let i = 0; i < message.curators.length; ++i)
                        writer.uint32(34).bytes(message.curators[i]);
                if (message.contributionStake != null && $Object.hasOwnProperty.call(message, "contributionStake") && (typeof message.contributionStake === "object" ? message.contributionStake.low || message.contributionStake.high : message.contributionStake !== 0))
                    writer.uint32(40).uint64(message.contributionStake);
                if (message.challengeBlocks != null && $Object.hasOwnProperty.call(message, "challengeBlocks") && (typeof message.challengeBlocks === "object" ? message.challengeBlocks.low || message.challengeBlocks.high : message.challengeBlocks !== 0))
                    writer.uint32(48).uint64(message.challengeBlocks);
                if (message.autoAccept != null && $Object.hasOwnProperty.call(message, "autoAccept") && message.autoAccept !== false)
                    writer.uint32(56).bool(message.autoAccept);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            CreateDatanet.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ledger.v1.CreateDatanet();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.name = value;
                            else
                                delete message.name;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.description = value;
                            else
                                delete message.description;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.licenseUri = value;
                            else
                                delete message.licenseUri;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if (!(message.curators && message.curators.length))
                                message.curators = [];
                            message.curators.push(reader.bytes());
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.contributionStake = value;
                            else
                                delete message.contributionStake;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.challengeBlocks = value;
                            else
                                delete message.challengeBlocks;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.autoAccept = value;
                            else
                                delete message.autoAccept;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            CreateDatanet.fromObject = function (object, _depth) {
                if (object instanceof $root.ledger.v1.CreateDatanet)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".ledger.v1.CreateDatanet: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.ledger.v1.CreateDatanet();
                if (object.name != null)
                    if (typeof object.name !== "string" || object.name.length)
                        message.name = $String(object.name);
                if (object.description != null)
                    if (typeof object.description !== "string" || object.description.length)
                        message.description = $String(object.description);
                if (object.licenseUri != null)
                    if (typeof object.licenseUri !== "string" || object.licenseUri.length)
                        message.licenseUri = $String(object.licenseUri);
                if (object.curators) {
                    if (!$Array.isArray(object.curators))
                        throw $TypeError(".ledger.v1.CreateDatanet.curators: array expected");
                    message.curators = $Array(object.curators.length);
                    for (let i = 0; i < object.curators.length; ++i)
                        if (typeof object.curators[i] === "string")
                            $util.base64.decode(object.curators[i], message.curators[i] = $util.newBuffer($util.base64.length(object.curators[i])), 0);
                        else if (object.curators[i].length >= 0)
                            message.curators[i] = object.curators[i];
                }
                if (object.contributionStake != null)
                    if (typeof object.contributionStake === "object" ? object.contributionStake.low || object.contributionStake.high : $Number(object.contributionStake) !== 0)
                        if ($util.Long)
                            message.contributionStake = $util.Long.fromValue(object.contributionStake, true);
                        else if (typeof object.contributionStake === "string")
                            message.contributionStake = $parseInt(object.contributionStake, 10);
                        else if (typeof object.contributionStake === "number")
                            message.contributionStake = object.contributionStake;
                        else if (typeof object.contributionStake === "object")
                            message.contributionStake = new $util.LongBits(object.contributionStake.low >>> 0, object.contributionStake.high >>> 0).toNumber(true);
                if (object.challengeBlocks != null)
                    if (typeof object.challengeBlocks === "object" ? object.challengeBlocks.low || object.challengeBlocks.high : $Number(object.challengeBlocks) !== 0)
                        if ($util.Long)
                            message.challengeBlocks = $util.Long.fromValue(object.challengeBlocks, true);
                        else if (typeof object.challengeBlocks === "string")
                            message.challengeBlocks = $parseInt(object.challengeBlocks, 10);
                        else if (typeof object.challengeBlocks === "number")
                            message.challengeBlocks = object.challengeBlocks;
                        else if (typeof object.challengeBlocks === "object")
                            message.challengeBlocks = new $util.LongBits(object.challengeBlocks.low >>> 0, object.challengeBlocks.high >>> 0).toNumber(true);
                if (object.autoAccept != null)
                    if (object.autoAccept)
                        message.autoAccept = $Boolean(object.autoAccept);
                return message;
            };

            CreateDatanet.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.curators = [];
                if (options.defaults) {
                    object.name = "";
                    object.description = "";
                    object.licenseUri = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.contributionStake = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.contributionStake = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.challengeBlocks = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.challengeBlocks = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.autoAccept = false;
                }
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    object.name = message.name;
                if (message.description != null && $Object.hasOwnProperty.call(message, "description"))
                    object.description = message.description;
                if (message.licenseUri != null && $Object.hasOwnProperty.call(message, "licenseUri"))
                    object.licenseUri = message.licenseUri;
                if (message.curators && message.curators.length) {
                    object.curators = $Array(message.curators.length);
                    for (let j = 0; j < message.curators.length; ++j)
                        object.curators[j] = options.bytes === $String ? $util.base64.encode(message.curators[j], 0, message.curators[j].length) : options.bytes === $Array ? $Array.prototype.slice.call(message.curators[j]) : message.curators[j];
                }
                if (message.contributionStake != null && $Object.hasOwnProperty.call(message, "contributionStake"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.contributionStake = typeof message.contributionStake === "number" ? $BigInt(message.contributionStake) : $util.Long.fromBits(message.contributionStake.low >>> 0, message.contributionStake.high >>> 0, true).toBigInt();
                    else if (typeof message.contributionStake === "number")
                        object.contributionStake = options.longs === $String ? $String(message.contributionStake) : message.contributionStake;
                    else
                        object.contributionStake = options.longs === $String ? $util.Long.prototype.toString.call(message.contributionStake) : options.longs === $Number ? new $util.LongBits(message.contributionStake.low >>> 0, message.contributionStake.high >>> 0).toNumber(true) : message.contributionStake;
                if (message.challengeBlocks != null && $Object.hasOwnProperty.call(message, "challengeBlocks"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.challengeBlocks = typeof message.challengeBlocks === "number" ? $BigInt(message.challengeBlocks) : $util.Long.fromBits(message.challengeBlocks.low >>> 0, message.challengeBlocks.high >>> 0, true).toBigInt();
                    else if (typeof message.challengeBlocks === "number")
                        object.challengeBlocks = options.longs === $String ? $String(message.challengeBlocks) : message.challengeBlocks;
                    else
                        object.challengeBlocks = options.longs === $String ? $util.Long.prototype.toString.call(message.challengeBlocks) : options.longs === $Number ? new $util.LongBits(message.challengeBlocks.low >>> 0, message.challengeBlocks.high >>> 0).toNumber(true) : message.challengeBlocks;
                if (message.autoAccept != null && $Object.hasOwnProperty.call(message, "autoAccept"))
                    object.autoAccept = message.autoAccept;
                return object;
            };

            CreateDatanet.prototype.toJSON = function() {
                return CreateDatanet.toObject(this, $protobuf.util.toJSONOptions);
            };

            return CreateDatanet;
        })();

        v1.UpdateCurators = (function() {

            const UpdateCurators = function (properties) {
                this.curators = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            UpdateCurators.prototype.datanetId = $util.newBuffer([]);
            UpdateCurators.prototype.curators = $util.emptyArray;

            UpdateCurators.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.datanetId != null && $Object.hasOwnProperty.call(message, "datanetId") && message.datanetId.length)
                    writer.uint32(10).bytes(message.datanetId);
                if (message.curators != null && message.curators.length)
                    for (let i = 0; i < message.curators.length; ++i)
                        writer.uint32(18).bytes(message.curators[i]);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            UpdateCurators.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ledger.v1.UpdateCurators();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.datanetId = value;
                            else
                                delete message.datanetId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (!(message.curators && message.curators.length))
                                message.curators = [];
                            message.curators.push(reader.bytes());
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            UpdateCurators.fromObject = function (object, _depth) {
                if (object instanceof $root.ledger.v1.UpdateCurators)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".ledger.v1.UpdateCurators: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.ledger.v1.UpdateCurators();
                if (object.datanetId != null)
                    if (object.datanetId.length)
                        if (typeof object.datanetId === "string")
                            $util.base64.decode(object.datanetId, message.datanetId = $util.newBuffer($util.base64.length(object.datanetId)), 0);
                        else if (object.datanetId.length >= 0)
                            message.datanetId = object.datanetId;
                if (object.curators) {
                    if (!$Array.isArray(object.curators))
                        throw $TypeError(".ledger.v1.UpdateCurators.curators: array expected");
                    message.curators = $Array(object.curators.length);
                    for (let i = 0; i < object.curators.length; ++i)
                        if (typeof object.curators[i] === "string")
                            $util.base64.decode(object.curators[i], message.curators[i] = $util.newBuffer($util.base64.length(object.curators[i])), 0);
                        else if (object.curators[i].length >= 0)
                            message.curators[i] = object.curators[i];
                }
                return message;
            };

            UpdateCurators.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.curators = [];
                if (options.defaults)
                    if (options.bytes === $String)
                        object.datanetId = "";
                    else {
                        object.datanetId = [];
                        if (options.bytes !== $Array)
                            object.datanetId = $util.newBuffer(object.datanetId);
                    }
                if (message.datanetId != null && $Object.hasOwnProperty.call(message, "datanetId"))
                    object.datanetId = options.bytes === $String ? $util.base64.encode(message.datanetId, 0, message.datanetId.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.datanetId) : message.datanetId;
                if (message.curators && message.curators.length) {
                    object.curators = $Array(message.curators.length);
                    for (let j = 0; j < message.curators.length; ++j)
                        object.curators[j] = options.bytes === $String ? $util.base64.encode(message.curators[j], 0, message.curators[j].length) : options.bytes === $Array ? $Array.prototype.slice.call(message.curators[j]) : message.curators[j];
                }
                return object;
            };

            UpdateCurators.prototype.toJSON = function() {
                return UpdateCurators.toObject(this, $protobuf.util.toJSONOptions);
            };

            return UpdateCurators;
        })();

        v1.Contribute = (function() {

            const Contribute = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            Contribute.prototype.datanetId = $util.newBuffer([]);
            Contribute.prototype.contentHash = $util.newBuffer([]);
            Contribute.prototype.sizeBytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            Contribute.prototype.sketch = $util.newBuffer([]);
            Contribute.prototype.uri = "";

            Contribute.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.datanetId != null && $Object.hasOwnProperty.call(message, "datanetId") && message.datanetId.length)
                    writer.uint32(10).bytes(message.datanetId);
                if (message.contentHash != null && $Object.hasOwnProperty.call(message, "contentHash") && message.contentHash.length)
                    writer.uint32(18).bytes(message.contentHash);
                if (message.sizeBytes != null && $Object.hasOwnProperty.call(message, "sizeBytes") && (typeof message.sizeBytes === "object" ? message.sizeBytes.low || message.sizeBytes.high : message.sizeBytes !== 0))
                    writer.uint32(24).uint64(message.sizeBytes);
                if (message.sketch != null && $Object.hasOwnProperty.call(message, "sketch") && message.sketch.length)
                    writer.uint32(34).bytes(message.sketch);
                if (message.uri != null && $Object.hasOwnProperty.call(message, "uri") && message.uri !== "")
                    writer.uint32(42).string(message.uri);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            Contribute.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ledger.v1.Contribute();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.datanetId = value;
                            else
                                delete message.datanetId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.contentHash = value;
                            else
                                delete message.contentHash;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.sizeBytes = value;
                            else
                                delete message.sizeBytes;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.sketch = value;
                            else
                                delete message.sketch;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.uri = value;
                            else
                                delete message.uri;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            Contribute.fromObject = function (object, _depth) {
                if (object instanceof $root.ledger.v1.Contribute)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".ledger.v1.Contribute: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.ledger.v1.Contribute();
                if (object.datanetId != null)
                    if (object.datanetId.length)
                        if (typeof object.datanetId === "string")
                            $util.base64.decode(object.datanetId, message.datanetId = $util.newBuffer($util.base64.length(object.datanetId)), 0);
                        else if (object.datanetId.length >= 0)
                            message.datanetId = object.datanetId;
                if (object.contentHash != null)
                    if (object.contentHash.length)
                        if (typeof object.contentHash === "string")
                            $util.base64.decode(object.contentHash, message.contentHash = $util.newBuffer($util.base64.length(object.contentHash)), 0);
                        else if (object.contentHash.length >= 0)
                            message.contentHash = object.contentHash;
                if (object.sizeBytes != null)
                    if (typeof object.sizeBytes === "object" ? object.sizeBytes.low || object.sizeBytes.high : $Number(object.sizeBytes) !== 0)
                        if ($util.Long)
                            message.sizeBytes = $util.Long.fromValue(object.sizeBytes, true);
                        else if (typeof object.sizeBytes === "string")
                            message.sizeBytes = $parseInt(object.sizeBytes, 10);
                        else if (typeof object.sizeBytes === "number")
                            message.sizeBytes = object.sizeBytes;
                        else if (typeof object.sizeBytes === "object")
                            message.sizeBytes = new $util.LongBits(object.sizeBytes.low >>> 0, object.sizeBytes.high >>> 0).toNumber(true);
                if (object.sketch != null)
                    if (object.sketch.length)
                        if (typeof object.sketch === "string")
                            $util.base64.decode(object.sketch, message.sketch = $util.newBuffer($util.base64.length(object.sketch)), 0);
                        else if (object.sketch.length >= 0)
                            message.sketch = object.sketch;
                if (object.uri != null)
                    if (typeof object.uri !== "string" || object.uri.length)
                        message.uri = $String(object.uri);
                return message;
            };

            Contribute.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    if (options.bytes === $String)
                        object.datanetId = "";
                    else {
                        object.datanetId = [];
                        if (options.bytes !== $Array)
                            object.datanetId = $util.newBuffer(object.datanetId);
                    }
                    if (options.bytes === $String)
                        object.contentHash = "";
                    else {
                        object.contentHash = [];
                        if (options.bytes !== $Array)
                            object.contentHash = $util.newBuffer(object.contentHash);
                    }
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.sizeBytes = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.sizeBytes = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if (options.bytes === $String)
                        object.sketch = "";
                    else {
                        object.sketch = [];
                        if (options.bytes !== $Array)
                            object.sketch = $util.newBuffer(object.sketch);
                    }
                    object.uri = "";
                }
                if (message.datanetId != null && $Object.hasOwnProperty.call(message, "datanetId"))
                    object.datanetId = options.bytes === $String ? $util.base64.encode(message.datanetId, 0, message.datanetId.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.datanetId) : message.datanetId;
                if (message.contentHash != null && $Object.hasOwnProperty.call(message, "contentHash"))
                    object.contentHash = options.bytes === $String ? $util.base64.encode(message.contentHash, 0, message.contentHash.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.contentHash) : message.contentHash;
                if (message.sizeBytes != null && $Object.hasOwnProperty.call(message, "sizeBytes"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.sizeBytes = typeof message.sizeBytes === "number" ? $BigInt(message.sizeBytes) : $util.Long.fromBits(message.sizeBytes.low >>> 0, message.sizeBytes.high >>> 0, true).toBigInt();
                    else if (typeof message.sizeBytes === "number")
                        object.sizeBytes = options.longs === $String ? $String(message.sizeBytes) : message.sizeBytes;
                    else
                        object.sizeBytes = options.longs === $String ? $util.Long.prototype.toString.call(message.sizeBytes) : options.longs === $Number ? new $util.LongBits(message.sizeBytes.low >>> 0, message.sizeBytes.high >>> 0).toNumber(true) : message.sizeBytes;
                if (message.sketch != null && $Object.hasOwnProperty.call(message, "sketch"))
                    object.sketch = options.bytes === $String ? $util.base64.encode(message.sketch, 0, message.sketch.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.sketch) : message.sketch;
                if (message.uri != null && $Object.hasOwnProperty.call(message, "uri"))
                    object.uri = message.uri;
                return object;
            };

            Contribute.prototype.toJSON = function() {
                return Contribute.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Contribute;
        })();

        v1.Verdict = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "VERDICT_UNSPECIFIED"] = 0;
            values[valuesById[1] = "VERDICT_ACCEPT"] = 1;
            values[valuesById[2] = "VERDICT_REJECT"] = 2;
            return values;
        })();

        v1.Curate = (function() {

            const Curate = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            Curate.prototype.contributionId = $util.newBuffer([]);
            Curate.prototype.verdict = 0;
            Curate.prototype.reason = "";

            Curate.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.contributionId != null && $Object.hasOwnProperty.call(message, "contributionId") && message.contributionId.length)
                    writer.uint32(10).bytes(message.contributionId);
                if (message.verdict != null && $Object.hasOwnProperty.call(message, "verdict") && message.verdict !== 0)
                    writer.uint32(16).int32(message.verdict);
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason") && message.reason !== "")
                    writer.uint32(26).string(message.reason);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            Curate.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ledger.v1.Curate();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.contributionId = value;
                            else
                                delete message.contributionId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.verdict = value;
                            else
                                delete message.verdict;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.reason = value;
                            else
                                delete message.reason;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            Curate.fromObject = function (object, _depth) {
                if (object instanceof $root.ledger.v1.Curate)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".ledger.v1.Curate: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.ledger.v1.Curate();
                if (object.contributionId != null)
                    if (object.contributionId.length)
                        if (typeof object.contributionId === "string")
                            $util.base64.decode(object.contributionId, message.contributionId = $util.newBuffer($util.base64.length(object.contributionId)), 0);
                        else if (object.contributionId.length >= 0)
                            message.contributionId = object.contributionId;
                if (object.verdict !== 0 && (typeof object.verdict !== "string" || $root.ledger.v1.Verdict[object.verdict] !== 0))
                    switch (object.verdict) {
                    case "VERDICT_UNSPECIFIED":
                    case 0:
                        message.verdict = 0;
                        break;
                    case "VERDICT_ACCEPT":
                    case 1:
                        message.verdict = 1;
                        break;
                    case "VERDICT_REJECT":
                    case 2:
                        message.verdict = 2;
                        break;
                    default:
                        if (typeof object.verdict === "number" && (object.verdict | 0) === object.verdict)
                            message.verdict = object.verdict;
                    }
                if (object.reason != null)
                    if (typeof object.reason !== "string" || object.reason.length)
                        message.reason = $String(object.reason);
                return message;
            };

            Curate.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    if (options.bytes === $String)
                        object.contributionId = "";
                    else {
                        object.contributionId = [];
                        if (options.bytes !== $Array)
                            object.contributionId = $util.newBuffer(object.contributionId);
                    }
                    object.verdict = options.enums === $String ? "VERDICT_UNSPECIFIED" : 0;
                    object.reason = "";
                }
                if (message.contributionId != null && $Object.hasOwnProperty.call(message, "contributionId"))
                    object.contributionId = options.bytes === $String ? $util.base64.encode(message.contributionId, 0, message.contributionId.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.contributionId) : message.contributionId;
                if (message.verdict != null && $Object.hasOwnProperty.call(message, "verdict"))
                    object.verdict = options.enums === $String ? $root.ledger.v1.Verdict[message.verdict] === $undefined ? message.verdict : $root.ledger.v1.Verdict[message.verdict] : message.verdict;
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                    object.reason = message.reason;
                return object;
            };

            Curate.prototype.toJSON = function() {
                return Curate.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Curate;
        })();

        v1.Retire = (function() {

            const Retire = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            Retire.prototype.contributionId = $util.newBuffer([]);

            Retire.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.contributionId != null && $Object.hasOwnProperty.call(message, "contributionId") && message.contributionId.length)
                    writer.uint32(10).bytes(message.contributionId);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            Retire.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ledger.v1.Retire();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.contributionId = value;
                            else
                                delete message.contributionId;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            Retire.fromObject = function (object, _depth) {
                if (object instanceof $root.ledger.v1.Retire)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".ledger.v1.Retire: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.ledger.v1.Retire();
                if (object.contributionId != null)
                    if (object.contributionId.length)
                        if (typeof object.contributionId === "string")
                            $util.base64.decode(object.contributionId, message.contributionId = $util.newBuffer($util.base64.length(object.contributionId)), 0);
                        else if (object.contributionId.length >= 0)
                            message.contributionId = object.contributionId;
                return message;
            };

            Retire.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    if (options.bytes === $String)
                        object.contributionId = "";
                    else {
                        object.contributionId = [];
                        if (options.bytes !== $Array)
                            object.contributionId = $util.newBuffer(object.contributionId);
                    }
                if (message.contributionId != null && $Object.hasOwnProperty.call(message, "contributionId"))
                    object.contributionId = options.bytes === $String ? $util.base64.encode(message.contributionId, 0, message.contributionId.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.contributionId) : message.contributionId;
                return object;
            };

            Retire.prototype.toJSON = function() {
                return Retire.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Retire;
        })();

        v1.RegisterModel = (function() {

            const RegisterModel = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            RegisterModel.prototype.name = "";
            RegisterModel.prototype.ownerShareBps = 0;
            RegisterModel.prototype.metadataUri = "";

            RegisterModel.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(10).string(message.name);
                if (message.ownerShareBps != null && $Object.hasOwnProperty.call(message, "ownerShareBps") && message.ownerShareBps !== 0)
                    writer.uint32(16).uint32(message.ownerShareBps);
                if (message.metadataUri != null && $Object.hasOwnProperty.call(message, "metadataUri") && message.metadataUri !== "")
                    writer.uint32(26).string(message.metadataUri);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            RegisterModel.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ledger.v1.RegisterModel();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.name = value;
                            else
                                delete message.name;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.ownerShareBps = value;
                            else
                                delete message.ownerShareBps;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.metadataUri = value;
                            else
                                delete message.metadataUri;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            RegisterModel.fromObject = function (object, _depth) {
                if (object instanceof $root.ledger.v1.RegisterModel)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".ledger.v1.RegisterModel: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.ledger.v1.RegisterModel();
                if (object.name != null)
                    if (typeof object.name !== "string" || object.name.length)
                        message.name = $String(object.name);
                if (object.ownerShareBps != null)
                    if ($Number(object.ownerShareBps) !== 0)
                        message.ownerShareBps = object.ownerShareBps >>> 0;
                if (object.metadataUri != null)
                    if (typeof object.metadataUri !== "string" || object.metadataUri.length)
                        message.metadataUri = $String(object.metadataUri);
                return message;
            };

            RegisterModel.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.name = "";
                    object.ownerShareBps = 0;
                    object.metadataUri = "";
                }
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    object.name = message.name;
                if (message.ownerShareBps != null && $Object.hasOwnProperty.call(message, "ownerShareBps"))
                    object.ownerShareBps = message.ownerShareBps;
                if (message.metadataUri != null && $Object.hasOwnProperty.call(message, "metadataUri"))
                    object.metadataUri = message.metadataUri;
                return object;
            };

            RegisterModel.prototype.toJSON = function() {
                return RegisterModel.toObject(this, $protobuf.util.toJSONOptions);
            };

            return RegisterModel;
        })();

        v1.DatanetWeight = (function() {

            const DatanetWeight = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            DatanetWeight.prototype.datanetId = $util.newBuffer([]);
            DatanetWeight.prototype.weightBps = 0;

            DatanetWeight.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.datanetId != null && $Object.hasOwnProperty.call(message, "datanetId") && message.datanetId.length)
                    writer.uint32(10).bytes(message.datanetId);
                if (message.weightBps != null && $Object.hasOwnProperty.call(message, "weightBps") && message.weightBps !== 0)
                    writer.uint32(16).uint32(message.weightBps);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            DatanetWeight.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ledger.v1.DatanetWeight();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.datanetId = value;
                            else
                                delete message.datanetId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.weightBps = value;
                            else
                                delete message.weightBps;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            DatanetWeight.fromObject = function (object, _depth) {
                if (object instanceof $root.ledger.v1.DatanetWeight)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".ledger.v1.DatanetWeight: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.ledger.v1.DatanetWeight();
                if (object.datanetId != null)
                    if (object.datanetId.length)
                        if (typeof object.datanetId === "string")
                            $util.base64.decode(object.datanetId, message.datanetId = $util.newBuffer($util.base64.length(object.datanetId)), 0);
                        else if (object.datanetId.length >= 0)
                            message.datanetId = object.datanetId;
                if (object.weightBps != null)
                    if ($Number(object.weightBps) !== 0)
                        message.weightBps = object.weightBps >>> 0;
                return message;
            };

            DatanetWeight.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    if (options.bytes === $String)
                        object.datanetId = "";
                    else {
                        object.datanetId = [];
                        if (options.bytes !== $Array)
                            object.datanetId = $util.newBuffer(object.datanetId);
                    }
                    object.weightBps = 0;
                }
                if (message.datanetId != null && $Object.hasOwnProperty.call(message, "datanetId"))
                    object.datanetId = options.bytes === $String ? $util.base64.encode(message.datanetId, 0, message.datanetId.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.datanetId) : message.datanetId;
                if (message.weightBps != null && $Object.hasOwnProperty.call(message, "weightBps"))
                    object.weightBps = message.weightBps;
                return object;
            };

            DatanetWeight.prototype.toJSON = function() {
                return DatanetWeight.toObject(this, $protobuf.util.toJSONOptions);
            };

            return DatanetWeight;
        })();

        v1.RecordTraining = (function() {

            const RecordTraining = function (properties) {
                this.datanets = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            RecordTraining.prototype.modelId = $util.newBuffer([]);
            RecordTraining.prototype.datanets = $util.emptyArray;
            RecordTraining.prototype.artifactHash = $util.newBuffer([]);
            RecordTraining.prototype.cutoffHeight = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            RecordTraining.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.modelId != null && $Object.hasOwnProperty.call(message, "modelId") && message.modelId.length)
                    writer.uint32(10).bytes(message.modelId);
                if (message.datanets != null && message.datanets.length)
                    for (let i = 0; i < message.datanets.length; ++i)
                        $root.ledger.v1.DatanetWeight.encode(message.datanets[i], writer.uint32(18).fork(), _depth + 1).ldelim();
                if (message.artifactHash != null && $Object.hasOwnProperty.call(message, "artifactHash") && message.artifactHash.length)
                    writer.uint32(26).bytes(message.artifactHash);
                if (message.cutoffHeight != null && $Object.hasOwnProperty.call(message, "cutoffHeight") && (typeof message.cutoffHeight === "object" ? message.cutoffHeight.low || message.cutoffHeight.high : message.cutoffHeight !== 0))
                    writer.uint32(32).uint64(message.cutoffHeight);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            RecordTraining.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ledger.v1.RecordTraining();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.modelId = value;
                            else
                                delete message.modelId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (!(message.datanets && message.datanets.length))
                                message.datanets = [];
                            message.datanets.push($root.ledger.v1.DatanetWeight.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.artifactHash = value;
                            else
                                delete message.artifactHash;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.cutoffHeight = value;
                            else
                                delete message.cutoffHeight;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            RecordTraining.fromObject = function (object, _depth) {
                if (object instanceof $root.ledger.v1.RecordTraining)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".ledger.v1.RecordTraining: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.ledger.v1.RecordTraining();
                if (object.modelId != null)
                    if (object.modelId.length)
                        if (typeof object.modelId === "string")
                            $util.base64.decode(object.modelId, message.modelId = $util.newBuffer($util.base64.length(object.modelId)), 0);
                        else if (object.modelId.length >= 0)
                            message.modelId = object.modelId;
                if (object.datanets) {
                    if (!$Array.isArray(object.datanets))
                        throw $TypeError(".ledger.v1.RecordTraining.datanets: array expected");
                    message.datanets = $Array(object.datanets.length);
                    for (let i = 0; i < object.datanets.length; ++i) {
                        if (!$util.isObject(object.datanets[i]))
                            throw $TypeError(".ledger.v1.RecordTraining.datanets: object expected");
                        message.datanets[i] = $root.ledger.v1.DatanetWeight.fromObject(object.datanets[i], _depth + 1);
                    }
                }
                if (object.artifactHash != null)
                    if (object.artifactHash.length)
                        if (typeof object.artifactHash === "string")
                            $util.base64.decode(object.artifactHash, message.artifactHash = $util.newBuffer($util.base64.length(object.artifactHash)), 0);
                        else if (object.artifactHash.length >= 0)
                            message.artifactHash = object.artifactHash;
                if (object.cutoffHeight != null)
                    if (typeof object.cutoffHeight === "object" ? object.cutoffHeight.low || object.cutoffHeight.high : $Number(object.cutoffHeight) !== 0)
                        if ($util.Long)
                            message.cutoffHeight = $util.Long.fromValue(object.cutoffHeight, true);
                        else if (typeof object.cutoffHeight === "string")
                            message.cutoffHeight = $parseInt(object.cutoffHeight, 10);
                        else if (typeof object.cutoffHeight === "number")
                            message.cutoffHeight = object.cutoffHeight;
                        else if (typeof object.cutoffHeight === "object")
                            message.cutoffHeight = new $util.LongBits(object.cutoffHeight.low >>> 0, object.cutoffHeight.high >>> 0).toNumber(true);
                return message;
            };

            RecordTraining.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.datanets = [];
                if (options.defaults) {
                    if (options.bytes === $String)
                        object.modelId = "";
                    else {
                        object.modelId = [];
                        if (options.bytes !== $Array)
                            object.modelId = $util.newBuffer(object.modelId);
                    }
                    if (options.bytes === $String)
                        object.artifactHash = "";
                    else {
                        object.artifactHash = [];
                        if (options.bytes !== $Array)
                            object.artifactHash = $util.newBuffer(object.artifactHash);
                    }
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.cutoffHeight = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.cutoffHeight = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.modelId != null && $Object.hasOwnProperty.call(message, "modelId"))
                    object.modelId = options.bytes === $String ? $util.base64.encode(message.modelId, 0, message.modelId.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.modelId) : message.modelId;
                if (message.datanets && message.datanets.length) {
                    object.datanets = $Array(message.datanets.length);
                    for (let j = 0; j < message.datanets.length; ++j)
                        object.datanets[j] = $root.ledger.v1.DatanetWeight.toObject(message.datanets[j], options, _depth + 1);
                }
                if (message.artifactHash != null && $Object.hasOwnProperty.call(message, "artifactHash"))
                    object.artifactHash = options.bytes === $String ? $util.base64.encode(message.artifactHash, 0, message.artifactHash.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.artifactHash) : message.artifactHash;
                if (message.cutoffHeight != null && $Object.hasOwnProperty.call(message, "cutoffHeight"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.cutoffHeight = typeof message.cutoffHeight === "number" ? $BigInt(message.cutoffHeight) : $util.Long.fromBits(message.cutoffHeight.low >>> 0, message.cutoffHeight.high >>> 0, true).toBigInt();
                    else if (typeof message.cutoffHeight === "number")
                        object.cutoffHeight = options.longs === $String ? $String(message.cutoffHeight) : message.cutoffHeight;
                    else
                        object.cutoffHeight = options.longs === $String ? $util.Long.prototype.toString.call(message.cutoffHeight) : options.longs === $Number ? new $util.LongBits(message.cutoffHeight.low >>> 0, message.cutoffHeight.high >>> 0).toNumber(true) : message.cutoffHeight;
                return object;
            };

            RecordTraining.prototype.toJSON = function() {
                return RecordTraining.toObject(this, $protobuf.util.toJSONOptions);
            };

            return RecordTraining;
        })();

        v1.ContributionScore = (function() {

            const ContributionScore = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            ContributionScore.prototype.contributionId = $util.newBuffer([]);
            ContributionScore.prototype.score = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            ContributionScore.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.contributionId != null && $Object.hasOwnProperty.call(message, "contributionId") && message.contributionId.length)
                    writer.uint32(10).bytes(message.contributionId);
                if (message.score != null && $Object.hasOwnProperty.call(message, "score") && (typeof message.score === "object" ? message.score.low || message.score.high : message.score !== 0))
                    writer.uint32(16).uint64(message.score);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            ContributionScore.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ledger.v1.ContributionScore();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.contributionId = value;
                            else
                                delete message.contributionId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.score = value;
                            else
                                delete message.score;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            ContributionScore.fromObject = function (object, _depth) {
                if (object instanceof $root.ledger.v1.ContributionScore)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".ledger.v1.ContributionScore: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.ledger.v1.ContributionScore();
                if (object.contributionId != null)
                    if (object.contributionId.length)
                        if (typeof object.contributionId === "string")
                            $util.base64.decode(object.contributionId, message.contributionId = $util.newBuffer($util.base64.length(object.contributionId)), 0);
                        else if (object.contributionId.length >= 0)
                            message.contributionId = object.contributionId;
                if (object.score != null)
                    if (typeof object.score === "object" ? object.score.low || object.score.high : $Number(object.score) !== 0)
                        if ($util.Long)
                            message.score = $util.Long.fromValue(object.score, true);
                        else if (typeof object.score === "string")
                            message.score = $parseInt(object.score, 10);
                        else if (typeof object.score === "number")
                            message.score = object.score;
                        else if (typeof object.score === "object")
                            message.score = new $util.LongBits(object.score.low >>> 0, object.score.high >>> 0).toNumber(true);
                return message;
            };

            ContributionScore.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    if (options.bytes === $String)
                        object.contributionId = "";
                    else {
                        object.contributionId = [];
                        if (options.bytes !== $Array)
                            object.contributionId = $util.newBuffer(object.contributionId);
                    }
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.score = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.score = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.contributionId != null && $Object.hasOwnProperty.call(message, "contributionId"))
                    object.contributionId = options.bytes === $String ? $util.base64.encode(message.contributionId, 0, message.contributionId.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.contributionId) : message.contributionId;
                if (message.score != null && $Object.hasOwnProperty.call(message, "score"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.score = typeof message.score === "number" ? $BigInt(message.score) : $util.Long.fromBits(message.score.low >>> 0, message.score.high >>> 0, true).toBigInt();
                    else if (typeof message.score === "number")
                        object.score = options.longs === $String ? $String(message.score) : message.score;
                    else
                        object.score = options.longs === $String ? $util.Long.prototype.toString.call(message.score) : options.longs === $Number ? new $util.LongBits(message.score.low >>> 0, message.score.high >>> 0).toNumber(true) : message.score;
                return object;
            };

            ContributionScore.prototype.toJSON = function() {
                return ContributionScore.toObject(this, $protobuf.util.toJSONOptions);
            };

            return ContributionScore;
        })();

        v1.RecordUsage = (function() {

            const RecordUsage = function (properties) {
                this.scores = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            RecordUsage.prototype.modelId = $util.newBuffer([]);
            RecordUsage.prototype.version = 0;
            RecordUsage.prototype.feePaid = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            RecordUsage.prototype.outputSketch = $util.newBuffer([]);
            RecordUsage.prototype.scores = $util.emptyArray;

            RecordUsage.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.modelId != null && $Object.hasOwnProperty.call(message, "modelId") && message.modelId.length)
                    writer.uint32(10).bytes(message.modelId);
                if (message.version != null && $Object.hasOwnProperty.call(message, "version") && message.version !== 0)
                    writer.uint32(16).uint32(message.version);
                if (message.feePaid != null && $Object.hasOwnProperty.call(message, "feePaid") && (typeof message.feePaid === "object" ? message.feePaid.low || message.feePaid.high : message.feePaid !== 0))
                    writer.uint32(24).uint64(message.feePaid);
                if (message.outputSketch != null && $Object.hasOwnProperty.call(message, "outputSketch") && message.outputSketch.length)
                    writer.uint32(34).bytes(message.outputSketch);
                if (message.scores != null && message.scores.length)
                    for (let i = 0; i < message.scores.length; ++i)
                        $root.ledger.v1.ContributionScore.encode(message.scores[i], writer.uint32(42).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            RecordUsage.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ledger.v1.RecordUsage();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.modelId = value;
                            else
                                delete message.modelId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.version = value;
                            else
                                delete message.version;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.feePaid = value;
                            else
                                delete message.feePaid;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.outputSketch = value;
                            else
                                delete message.outputSketch;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if (!(message.scores && message.scores.length))
                                message.scores = [];
                            message.scores.push($root.ledger.v1.ContributionScore.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            RecordUsage.fromObject = function (object, _depth) {
                if (object instanceof $root.ledger.v1.RecordUsage)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".ledger.v1.RecordUsage: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.ledger.v1.RecordUsage();
                if (object.modelId != null)
                    if (object.modelId.length)
                        if (typeof object.modelId === "string")
                            $util.base64.decode(object.modelId, message.modelId = $util.newBuffer($util.base64.length(object.modelId)), 0);
                        else if (object.modelId.length >= 0)
                            message.modelId = object.modelId;
                if (object.version != null)
                    if ($Number(object.version) !== 0)
                        message.version = object.version >>> 0;
                if (object.feePaid != null)
                    if (typeof object.feePaid === "object" ? object.feePaid.low || object.feePaid.high : $Number(object.feePaid) !== 0)
                        if ($util.Long)
                            message.feePaid = $util.Long.fromValue(object.feePaid, true);
                        else if (typeof object.feePaid === "string")
                            message.feePaid = $parseInt(object.feePaid, 10);
                        else if (typeof object.feePaid === "number")
                            message.feePaid = object.feePaid;
                        else if (typeof object.feePaid === "object")
                            message.feePaid = new $util.LongBits(object.feePaid.low >>> 0, object.feePaid.high >>> 0).toNumber(true);
                if (object.outputSketch != null)
                    if (object.outputSketch.length)
                        if (typeof object.outputSketch === "string")
                            $util.base64.decode(object.outputSketch, message.outputSketch = $util.newBuffer($util.base64.length(object.outputSketch)), 0);
                        else if (object.outputSketch.length >= 0)
                            message.outputSketch = object.outputSketch;
                if (object.scores) {
                    if (!$Array.isArray(object.scores))
                        throw $TypeError(".ledger.v1.RecordUsage.scores: array expected");
                    message.scores = $Array(object.scores.length);
                    for (let i = 0; i < object.scores.length; ++i) {
                        if (!$util.isObject(object.scores[i]))
                            throw $TypeError(".ledger.v1.RecordUsage.scores: object expected");
                        message.scores[i] = $root.ledger.v1.ContributionScore.fromObject(object.scores[i], _depth + 1);
                    }
                }
                return message;
            };

            RecordUsage.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.scores = [];
                if (options.defaults) {
                    if (options.bytes === $String)
                        object.modelId = "";
                    else {
                        object.modelId = [];
                        if (options.bytes !== $Array)
                            object.modelId = $util.newBuffer(object.modelId);
                    }
                    object.version = 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.feePaid = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.feePaid = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if (options.bytes === $String)
                        object.outputSketch = "";
                    else {
                        object.outputSketch = [];
                        if (options.bytes !== $Array)
                            object.outputSketch = $util.newBuffer(object.outputSketch);
                    }
                }
                if (message.modelId != null && $Object.hasOwnProperty.call(message, "modelId"))
                    object.modelId = options.bytes === $String ? $util.base64.encode(message.modelId, 0, message.modelId.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.modelId) : message.modelId;
                if (message.version != null && $Object.hasOwnProperty.call(message, "version"))
                    object.version = message.version;
                if (message.feePaid != null && $Object.hasOwnProperty.call(message, "feePaid"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.feePaid = typeof message.feePaid === "number" ? $BigInt(message.feePaid) : $util.Long.fromBits(message.feePaid.low >>> 0, message.feePaid.high >>> 0, true).toBigInt();
                    else if (typeof message.feePaid === "number")
                        object.feePaid = options.longs === $String ? $String(message.feePaid) : message.feePaid;
                    else
                        object.feePaid = options.longs === $String ? $util.Long.prototype.toString.call(message.feePaid) : options.longs === $Number ? new $util.LongBits(message.feePaid.low >>> 0, message.feePaid.high >>> 0).toNumber(true) : message.feePaid;
                if (message.outputSketch != null && $Object.hasOwnProperty.call(message, "outputSketch"))
                    object.outputSketch = options.bytes === $String ? $util.base64.encode(message.outputSketch, 0, message.outputSketch.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.outputSketch) : message.outputSketch;
                if (message.scores && message.scores.length) {
                    object.scores = $Array(message.scores.length);
                    for (let j = 0; j < message.scores.length; ++j)
                        object.scores[j] = $root.ledger.v1.ContributionScore.toObject(message.scores[j], options, _depth + 1);
                }
                return object;
            };

            RecordUsage.prototype.toJSON = function() {
                return RecordUsage.toObject(this, $protobuf.util.toJSONOptions);
            };

            return RecordUsage;
        })();

        v1.ClaimEntry = (function() {

            const ClaimEntry = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            ClaimEntry.prototype.poolId = $util.newBuffer([]);
            ClaimEntry.prototype.contributionId = $util.newBuffer([]);

            ClaimEntry.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.poolId != null && $Object.hasOwnProperty.call(message, "poolId") && message.poolId.length)
                    writer.uint32(10).bytes(message.poolId);
                if (message.contributionId != null && $Object.hasOwnProperty.call(message, "contributionId") && message.contributionId.length)
                    writer.uint32(18).bytes(message.contributionId);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            ClaimEntry.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ledger.v1.ClaimEntry();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.poolId = value;
                            else
                                delete message.poolId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.contributionId = value;
                            else
                                delete message.contributionId;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            ClaimEntry.fromObject = function (object, _depth) {
                if (object instanceof $root.ledger.v1.ClaimEntry)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".ledger.v1.ClaimEntry: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.ledger.v1.ClaimEntry();
                if (object.poolId != null)
                    if (object.poolId.length)
                        if (typeof object.poolId === "string")
                            $util.base64.decode(object.poolId, message.poolId = $util.newBuffer($util.base64.length(object.poolId)), 0);
                        else if (object.poolId.length >= 0)
                            message.poolId = object.poolId;
                if (object.contributionId != null)
                    if (object.contributionId.length)
                        if (typeof object.contributionId === "string")
                            $util.base64.decode(object.contributionId, message.contributionId = $util.newBuffer($util.base64.length(object.contributionId)), 0);
                        else if (object.contributionId.length >= 0)
                            message.contributionId = object.contributionId;
                return message;
            };

            ClaimEntry.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    if (options.bytes === $String)
                        object.poolId = "";
                    else {
                        object.poolId = [];
                        if (options.bytes !== $Array)
                            object.poolId = $util.newBuffer(object.poolId);
                    }
                    if (options.bytes === $String)
                        object.contributionId = "";
                    else {
                        object.contributionId = [];
                        if (options.bytes !== $Array)
                            object.contributionId = $util.newBuffer(object.contributionId);
                    }
                }
                if (message.poolId != null && $Object.hasOwnProperty.call(message, "poolId"))
                    object.poolId = options.bytes === $String ? $util.base64.encode(message.poolId, 0, message.poolId.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.poolId) : message.poolId;
                if (message.contributionId != null && $Object.hasOwnProperty.call(message, "contributionId"))
                    object.contributionId = options.bytes === $String ? $util.base64.encode(message.contributionId, 0, message.contributionId.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.contributionId) : message.contributionId;
                return object;
            };

            ClaimEntry.prototype.toJSON = function() {
                return ClaimEntry.toObject(this, $protobuf.util.toJSONOptions);
            };

            return ClaimEntry;
        })();

        v1.Claim = (function() {

            const Claim = function (properties) {
                this.entries = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            Claim.prototype.entries = $util.emptyArray;

            Claim.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.entries != null && message.entries.length)
                    for (let i = 0; i < message.entries.length; ++i)
                        $root.ledger.v1.ClaimEntry.encode(message.entries[i], writer.uint32(10).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            Claim.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ledger.v1.Claim();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.entries && message.entries.length))
                                message.entries = [];
                            message.entries.push($root.ledger.v1.ClaimEntry.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            Claim.fromObject = function (object, _depth) {
                if (object instanceof $root.ledger.v1.Claim)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".ledger.v1.Claim: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.ledger.v1.Claim();
                if (object.entries) {
                    if (!$Array.isArray(object.entries))
                        throw $TypeError(".ledger.v1.Claim.entries: array expected");
                    message.entries = $Array(object.entries.length);
                    for (let i = 0; i < object.entries.length; ++i) {
                        if (!$util.isObject(object.entries[i]))
                            throw $TypeError(".ledger.v1.Claim.entries: object expected");
                        message.entries[i] = $root.ledger.v1.ClaimEntry.fromObject(object.entries[i], _depth + 1);
                    }
                }
                return message;
            };

            Claim.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.entries = [];
                if (message.entries && message.entries.length) {
                    object.entries = $Array(message.entries.length);
                    for (let j = 0; j < message.entries.length; ++j)
                        object.entries[j] = $root.ledger.v1.ClaimEntry.toObject(message.entries[j], options, _depth + 1);
                }
                return object;
            };

            Claim.prototype.toJSON = function() {
                return Claim.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Claim;
        })();

        v1.Stake = (function() {

            const Stake = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            Stake.prototype.amount = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            Stake.prototype.consensusKey = $util.newBuffer([]);
            Stake.prototype.possessionProof = $util.newBuffer([]);

            Stake.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.amount != null && $Object.hasOwnProperty.call(message, "amount") && (typeof message.amount === "object" ? message.amount.low || message.amount.high : message.amount !== 0))
                    writer.uint32(8).uint64(message.amount);
                if (message.consensusKey != null && $Object.hasOwnProperty.call(message, "consensusKey") && message.consensusKey.length)
                    writer.uint32(18).bytes(message.consensusKey);
                if (message.possessionProof != null && $Object.hasOwnProperty.call(message, "possessionProof") && message.possessionProof.length)
                    writer.uint32(26).bytes(message.possessionProof);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            Stake.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ledger.v1.Stake();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.amount = value;
                            else
                                delete message.amount;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.consensusKey = value;
                            else
                                delete message.consensusKey;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.possessionProof = value;
                            else
                                delete message.possessionProof;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            Stake.fromObject = function (object, _depth) {
                if (object instanceof $root.ledger.v1.Stake)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".ledger.v1.Stake: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.ledger.v1.Stake();
                if (object.amount != null)
                    if (typeof object.amount === "object" ? object.amount.low || object.amount.high : $Number(object.amount) !== 0)
                        if ($util.Long)
                            message.amount = $util.Long.fromValue(object.amount, true);
                        else if (typeof object.amount === "string")
                            message.amount = $parseInt(object.amount, 10);
                        else if (typeof object.amount === "number")
                            message.amount = object.amount;
                        else if (typeof object.amount === "object")
                            message.amount = new $util.LongBits(object.amount.low >>> 0, object.amount.high >>> 0).toNumber(true);
                if (object.consensusKey != null)
                    if (object.consensusKey.length)
                        if (typeof object.consensusKey === "string")
                            $util.base64.decode(object.consensusKey, message.consensusKey = $util.newBuffer($util.base64.length(object.consensusKey)), 0);
                        else if (object.consensusKey.length >= 0)
                            message.consensusKey = object.consensusKey;
                if (object.possessionProof != null)
                    if (object.possessionProof.length)
                        if (typeof object.possessionProof === "string")
                            $util.base64.decode(object.possessionProof, message.possessionProof = $util.newBuffer($util.base64.length(object.possessionProof)), 0);
                        else if (object.possessionProof.length >= 0)
                            message.possessionProof = object.possessionProof;
                return message;
            };

            Stake.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.amount = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.amount = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if (options.bytes === $String)
                        object.consensusKey = "";
                    else {
                        object.consensusKey = [];
                        if (options.bytes !== $Array)
                            object.consensusKey = $util.newBuffer(object.consensusKey);
                    }
                    if (options.bytes === $String)
                        object.possessionProof = "";
                    else {
                        object.possessionProof = [];
                        if (options.bytes !== $Array)
                            object.possessionProof = $util.newBuffer(object.possessionProof);
                    }
                }
                if (message.amount != null && $Object.hasOwnProperty.call(message, "amount"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.amount = typeof message.amount === "number" ? $BigInt(message.amount) : $util.Long.fromBits(message.amount.low >>> 0, message.amount.high >>> 0, true).toBigInt();
                    else if (typeof message.amount === "number")
                        object.amount = options.longs === $String ? $String(message.amount) : message.amount;
                    else
                        object.amount = options.longs === $String ? $util.Long.prototype.toString.call(message.amount) : options.longs === $Number ? new $util.LongBits(message.amount.low >>> 0, message.amount.high >>> 0).toNumber(true) : message.amount;
                if (message.consensusKey != null && $Object.hasOwnProperty.call(message, "consensusKey"))
                    object.consensusKey = options.bytes === $String ? $util.base64.encode(message.consensusKey, 0, message.consensusKey.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.consensusKey) : message.consensusKey;
                if (message.possessionProof != null && $Object.hasOwnProperty.call(message, "possessionProof"))
                    object.possessionProof = options.bytes === $String ? $util.base64.encode(message.possessionProof, 0, message.possessionProof.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.possessionProof) : message.possessionProof;
                return object;
            };

            Stake.prototype.toJSON = function() {
                return Stake.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Stake;
        })();

        v1.PossessionProof = (function() {

            const PossessionProof = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            PossessionProof.prototype.chainId = "";
            PossessionProof.prototype.operator = $util.newBuffer([]);

            PossessionProof.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.chainId != null && $Object.hasOwnProperty.call(message, "chainId") && message.chainId !== "")
                    writer.uint32(10).string(message.chainId);
                if (message.operator != null && $Object.hasOwnProperty.call(message, "operator") && message.operator.length)
                    writer.uint32(18).bytes(message.operator);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            PossessionProof.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ledger.v1.PossessionProof();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.chainId = value;
                            else
                                delete message.chainId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.operator = value;
                            else
                                delete message.operator;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            PossessionProof.fromObject = function (object, _depth) {
                if (object instanceof $root.ledger.v1.PossessionProof)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".ledger.v1.PossessionProof: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.ledger.v1.PossessionProof();
                if (object.chainId != null)
                    if (typeof object.chainId !== "string" || object.chainId.length)
                        message.chainId = $String(object.chainId);
                if (object.operator != null)
                    if (object.operator.length)
                        if (typeof object.operator === "string")
                            $util.base64.decode(object.operator, message.operator = $util.newBuffer($util.base64.length(object.operator)), 0);
                        else if (object.operator.length >= 0)
                            message.operator = object.operator;
                return message;
            };

            PossessionProof.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.chainId = "";
                    if (options.bytes === $String)
                        object.operator = "";
                    else {
                        object.operator = [];
                        if (options.bytes !== $Array)
                            object.operator = $util.newBuffer(object.operator);
                    }
                }
                if (message.chainId != null && $Object.hasOwnProperty.call(message, "chainId"))
                    object.chainId = message.chainId;
                if (message.operator != null && $Object.hasOwnProperty.call(message, "operator"))
                    object.operator = options.bytes === $String ? $util.base64.encode(message.operator, 0, message.operator.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.operator) : message.operator;
                return object;
            };

            PossessionProof.prototype.toJSON = function() {
                return PossessionProof.toObject(this, $protobuf.util.toJSONOptions);
            };

            return PossessionProof;
        })();

        v1.Unstake = (function() {

            const Unstake = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            Unstake.prototype.amount = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            Unstake.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.amount != null && $Object.hasOwnProperty.call(message, "amount") && (typeof message.amount === "object" ? message.amount.low || message.amount.high : message.amount !== 0))
                    writer.uint32(8).uint64(message.amount);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            Unstake.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ledger.v1.Unstake();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.amount = value;
                            else
                                delete message.amount;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            Unstake.fromObject = function (object, _depth) {
                if (object instanceof $root.ledger.v1.Unstake)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".ledger.v1.Unstake: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.ledger.v1.Unstake();
                if (object.amount != null)
                    if (typeof object.amount === "object" ? object.amount.low || object.amount.high : $Number(object.amount) !== 0)
                        if ($util.Long)
                            message.amount = $util.Long.fromValue(object.amount, true);
                        else if (typeof object.amount === "string")
                            message.amount = $parseInt(object.amount, 10);
                        else if (typeof object.amount === "number")
                            message.amount = object.amount;
                        else if (typeof object.amount === "object")
                            message.amount = new $util.LongBits(object.amount.low >>> 0, object.amount.high >>> 0).toNumber(true);
                return message;
            };

            Unstake.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.amount = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.amount = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                if (message.amount != null && $Object.hasOwnProperty.call(message, "amount"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.amount = typeof message.amount === "number" ? $BigInt(message.amount) : $util.Long.fromBits(message.amount.low >>> 0, message.amount.high >>> 0, true).toBigInt();
                    else if (typeof message.amount === "number")
                        object.amount = options.longs === $String ? $String(message.amount) : message.amount;
                    else
                        object.amount = options.longs === $String ? $util.Long.prototype.toString.call(message.amount) : options.longs === $Number ? new $util.LongBits(message.amount.low >>> 0, message.amount.high >>> 0).toNumber(true) : message.amount;
                return object;
            };

            Unstake.prototype.toJSON = function() {
                return Unstake.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Unstake;
        })();

        v1.Evidence = (function() {

            const Evidence = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            Evidence.prototype.voteA = null;
            Evidence.prototype.voteB = null;

            Evidence.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.voteA != null && $Object.hasOwnProperty.call(message, "voteA"))
                    $root.ledger.v1.SignedVote.encode(message.voteA, writer.uint32(10).fork(), _depth + 1).ldelim();
                if (message.voteB != null && $Object.hasOwnProperty.call(message, "voteB"))
                    $root.ledger.v1.SignedVote.encode(message.voteB, writer.uint32(18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            Evidence.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ledger.v1.Evidence();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.voteA = $root.ledger.v1.SignedVote.decode(reader, reader.size(), $undefined, _depth + 1, message.voteA);
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.voteB = $root.ledger.v1.SignedVote.decode(reader, reader.size(), $undefined, _depth + 1, message.voteB);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            Evidence.fromObject = function (object, _depth) {
                if (object instanceof $root.ledger.v1.Evidence)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".ledger.v1.Evidence: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.ledger.v1.Evidence();
                if (object.voteA != null) {
                    if (!$util.isObject(object.voteA))
                        throw $TypeError(".ledger.v1.Evidence.voteA: object expected");
                    message.voteA = $root.ledger.v1.SignedVote.fromObject(object.voteA, _depth + 1);
                }
                if (object.voteB != null) {
                    if (!$util.isObject(object.voteB))
                        throw $TypeError(".ledger.v1.Evidence.voteB: object expected");
                    message.voteB = $root.ledger.v1.SignedVote.fromObject(object.voteB, _depth + 1);
                }
                return message;
            };

            Evidence.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.voteA = null;
                    object.voteB = null;
                }
                if (message.voteA != null && $Object.hasOwnProperty.call(message, "voteA"))
                    object.voteA = $root.ledger.v1.SignedVote.toObject(message.voteA, options, _depth + 1);
                if (message.voteB != null && $Object.hasOwnProperty.call(message, "voteB"))
                    object.voteB = $root.ledger.v1.SignedVote.toObject(message.voteB, options, _depth + 1);
                return object;
            };

            Evidence.prototype.toJSON = function() {
                return Evidence.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Evidence;
        })();

        v1.WalTimeout = (function() {

            const WalTimeout = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            WalTimeout.prototype.height = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            WalTimeout.prototype.round = 0;
            WalTimeout.prototype.step = 0;

            WalTimeout.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.height != null && $Object.hasOwnProperty.call(message, "height") && (typeof message.height === "object" ? message.height.low || message.height.high : message.height !== 0))
                    writer.uint32(8).uint64(message.height);
                if (message.round != null && $Object.hasOwnProperty.call(message, "round") && message.round !== 0)
                    writer.uint32(16).uint32(message.round);
                if (message.step != null && $Object.hasOwnProperty.call(message, "step") && message.step !== 0)
                    writer.uint32(24).uint32(message.step);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            WalTimeout.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ledger.v1.WalTimeout();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.height = value;
                            else
                                delete message.height;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.round = value;
                            else
                                delete message.round;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.step = value;
                            else
                                delete message.step;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            WalTimeout.fromObject = function (object, _depth) {
                if (object instanceof $root.ledger.v1.WalTimeout)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".ledger.v1.WalTimeout: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.ledger.v1.WalTimeout();
                if (object.height != null)
                    if (typeof object.height === "object" ? object.height.low || object.height.high : $Number(object.height) !== 0)
                        if ($util.Long)
                            message.height = $util.Long.fromValue(object.height, true);
                        else if (typeof object.height === "string")
                            message.height = $parseInt(object.height, 10);
                        else if (typeof object.height === "number")
                            message.height = object.height;
                        else if (typeof object.height === "object")
                            message.height = new $util.LongBits(object.height.low >>> 0, object.height.high >>> 0).toNumber(true);
                if (object.round != null)
                    if ($Number(object.round) !== 0)
                        message.round = object.round >>> 0;
                if (object.step != null)
                    if ($Number(object.step) !== 0)
                        message.step = object.step >>> 0;
                return message;
            };

            WalTimeout.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.height = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.height = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.round = 0;
                    object.step = 0;
                }
                if (message.height != null && $Object.hasOwnProperty.call(message, "height"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.height = typeof message.height === "number" ? $BigInt(message.height) : $util.Long.fromBits(message.height.low >>> 0, message.height.high >>> 0, true).toBigInt();
                    else if (typeof message.height === "number")
                        object.height = options.longs === $String ? $String(message.height) : message.height;
                    else
                        object.height = options.longs === $String ? $util.Long.prototype.toString.call(message.height) : options.longs === $Number ? new $util.LongBits(message.height.low >>> 0, message.height.high >>> 0).toNumber(true) : message.height;
                if (message.round != null && $Object.hasOwnProperty.call(message, "round"))
                    object.round = message.round;
                if (message.step != null && $Object.hasOwnProperty.call(message, "step"))
                    object.step = message.step;
                return object;
            };

            WalTimeout.prototype.toJSON = function() {
                return WalTimeout.toObject(this, $protobuf.util.toJSONOptions);
            };

            return WalTimeout;
        })();

        v1.WalRound = (function() {

            const WalRound = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            WalRound.prototype.height = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            WalRound.prototype.round = 0;

            WalRound.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.height != null && $Object.hasOwnProperty.call(message, "height") && (typeof message.height === "object" ? message.height.low || message.height.high : message.height !== 0))
                    writer.uint32(8).uint64(message.height);
                if (message.round != null && $Object.hasOwnProperty.call(message, "round") && message.round !== 0)
                    writer.uint32(16).uint32(message.round);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            WalRound.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ledger.v1.WalRound();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.height = value;
                            else
                                delete message.height;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.round = value;
                            else
                                delete message.round;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            WalRound.fromObject = function (object, _depth) {
                if (object instanceof $root.ledger.v1.WalRound)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".ledger.v1.WalRound: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.ledger.v1.WalRound();
                if (object.height != null)
                    if (typeof object.height === "object" ? object.height.low || object.height.high : $Number(object.height) !== 0)
                        if ($util.Long)
                            message.height = $util.Long.fromValue(object.height, true);
                        else if (typeof object.height === "string")
                            message.height = $parseInt(object.height, 10);
                        else if (typeof object.height === "number")
                            message.height = object.height;
                        else if (typeof object.height === "object")
                            message.height = new $util.LongBits(object.height.low >>> 0, object.height.high >>> 0).toNumber(true);
                if (object.round != null)
                    if ($Number(object.round) !== 0)
                        message.round = object.round >>> 0;
                return message;
            };

            WalRound.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.height = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.height = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.round = 0;
                }
                if (message.height != null && $Object.hasOwnProperty.call(message, "height"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.height = typeof message.height === "number" ? $BigInt(message.height) : $util.Long.fromBits(message.height.low >>> 0, message.height.high >>> 0, true).toBigInt();
                    else if (typeof message.height === "number")
                        object.height = options.longs === $String ? $String(message.height) : message.height;
                    else
                        object.height = options.longs === $String ? $util.Long.prototype.toString.call(message.height) : options.longs === $Number ? new $util.LongBits(message.height.low >>> 0, message.height.high >>> 0).toNumber(true) : message.height;
                if (message.round != null && $Object.hasOwnProperty.call(message, "round"))
                    object.round = message.round;
                return object;
            };

            WalRound.prototype.toJSON = function() {
                return WalRound.toObject(this, $protobuf.util.toJSONOptions);
            };

            return WalRound;
        })();

        v1.WalValidated = (function() {

            const WalValidated = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            WalValidated.prototype.height = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            WalValidated.prototype.round = 0;
            WalValidated.prototype.blockHash = $util.newBuffer([]);
            WalValidated.prototype.valid = false;

            WalValidated.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.height != null && $Object.hasOwnProperty.call(message, "height") && (typeof message.height === "object" ? message.height.low || message.height.high : message.height !== 0))
                    writer.uint32(8).uint64(message.height);
                if (message.round != null && $Object.hasOwnProperty.call(message, "round") && message.round !== 0)
                    writer.uint32(16).uint32(message.round);
                if (message.blockHash != null && $Object.hasOwnProperty.call(message, "blockHash") && message.blockHash.length)
                    writer.uint32(26).bytes(message.blockHash);
                if (message.valid != null && $Object.hasOwnProperty.call(message, "valid") && message.valid !== false)
                    writer.uint32(32).bool(message.valid);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            WalValidated.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ledger.v1.WalValidated();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.height = value;
                            else
                                delete message.height;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.round = value;
                            else
                                delete message.round;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.blockHash = value;
                            else
                                delete message.blockHash;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.valid = value;
                            else
                                delete message.valid;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            WalValidated.fromObject = function (object, _depth) {
                if (object instanceof $root.ledger.v1.WalValidated)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".ledger.v1.WalValidated: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.ledger.v1.WalValidated();
                if (object.height != null)
                    if (typeof object.height === "object" ? object.height.low || object.height.high : $Number(object.height) !== 0)
                        if ($util.Long)
                            message.height = $util.Long.fromValue(object.height, true);
                        else if (typeof object.height === "string")
                            message.height = $parseInt(object.height, 10);
                        else if (typeof object.height === "number")
                            message.height = object.height;
                        else if (typeof object.height === "object")
                            message.height = new $util.LongBits(object.height.low >>> 0, object.height.high >>> 0).toNumber(true);
                if (object.round != null)
                    if ($Number(object.round) !== 0)
                        message.round = object.round >>> 0;
                if (object.blockHash != null)
                    if (object.blockHash.length)
                        if (typeof object.blockHash === "string")
                            $util.base64.decode(object.blockHash, message.blockHash = $util.newBuffer($util.base64.length(object.blockHash)), 0);
                        else if (object.blockHash.length >= 0)
                            message.blockHash = object.blockHash;
                if (object.valid != null)
                    if (object.valid)
                        message.valid = $Boolean(object.valid);
                return message;
            };

            WalValidated.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.height = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.height = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.round = 0;
                    if (options.bytes === $String)
                        object.blockHash = "";
                    else {
                        object.blockHash = [];
                        if (options.bytes !== $Array)
                            object.blockHash = $util.newBuffer(object.blockHash);
                    }
                    object.valid = false;
                }
                if (message.height != null && $Object.hasOwnProperty.call(message, "height"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.height = typeof message.height === "number" ? $BigInt(message.height) : $util.Long.fromBits(message.height.low >>> 0, message.height.high >>> 0, true).toBigInt();
                    else if (typeof message.height === "number")
                        object.height = options.longs === $String ? $String(message.height) : message.height;
                    else
                        object.height = options.longs === $String ? $util.Long.prototype.toString.call(message.height) : options.longs === $Number ? new $util.LongBits(message.height.low >>> 0, message.height.high >>> 0).toNumber(true) : message.height;
                if (message.round != null && $Object.hasOwnProperty.call(message, "round"))
                    object.round = message.round;
                if (message.blockHash != null && $Object.hasOwnProperty.call(message, "blockHash"))
                    object.blockHash = options.bytes === $String ? $util.base64.encode(message.blockHash, 0, message.blockHash.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.blockHash) : message.blockHash;
                if (message.valid != null && $Object.hasOwnProperty.call(message, "valid"))
                    object.valid = message.valid;
                return object;
            };

            WalValidated.prototype.toJSON = function() {
                return WalValidated.toObject(this, $protobuf.util.toJSONOptions);
            };

            return WalValidated;
        })();

        v1.WalRecord = (function() {

            const WalRecord = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            WalRecord.prototype.message = null;
            WalRecord.prototype.timeout = null;
            WalRecord.prototype.round = null;
            WalRecord.prototype.validated = null;

            let $oneOfFields;

            $Object.defineProperty(WalRecord.prototype, "record", {
                get: $util.oneOfGetter($oneOfFields = ["message", "timeout", "round", "validated"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            WalRecord.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.message != null && $Object.hasOwnProperty.call(message, "message"))
                    $root.ledger.v1.ConsensusMessage.encode(message.message, writer.uint32(10).fork(), _depth + 1).ldelim();
                if (message.timeout != null && $Object.hasOwnProperty.call(message, "timeout"))
                    $root.ledger.v1.WalTimeout.encode(message.timeout, writer.uint32(18).fork(), _depth + 1).ldelim();
                if (message.round != null && $Object.hasOwnProperty.call(message, "round"))
                    $root.ledger.v1.WalRound.encode(message.round, writer.uint32(26).fork(), _depth + 1).ldelim();
                if (message.validated != null && $Object.hasOwnProperty.call(message, "validated"))
                    $root.ledger.v1.WalValidated.encode(message.validated, writer.uint32(34).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            WalRecord.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ledger.v1.WalRecord();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.message = $root.ledger.v1.ConsensusMessage.decode(reader, reader.size(), $undefined, _depth + 1, message.message);
                            message.record = "message";
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.timeout = $root.ledger.v1.WalTimeout.decode(reader, reader.size(), $undefined, _depth + 1, message.timeout);
                            message.record = "timeout";
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.round = $root.ledger.v1.WalRound.decode(reader, reader.size(), $undefined, _depth + 1, message.round);
                            message.record = "round";
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.validated = $root.ledger.v1.WalValidated.decode(reader, reader.size(), $undefined, _depth + 1, message.validated);
                            message.record = "validated";
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            WalRecord.fromObject = function (object, _depth) {
                if (object instanceof $root.ledger.v1.WalRecord)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".ledger.v1.WalRecord: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.ledger.v1.WalRecord();
                if (object.message != null) {
                    if (!$util.isObject(object.message))
                        throw $TypeError(".ledger.v1.WalRecord.message: object expected");
                    message.message = $root.ledger.v1.ConsensusMessage.fromObject(object.message, _depth + 1);
                }
                if (object.timeout != null) {
                    if (!$util.isObject(object.timeout))
                        throw $TypeError(".ledger.v1.WalRecord.timeout: object expected");
                    message.timeout = $root.ledger.v1.WalTimeout.fromObject(object.timeout, _depth + 1);
                }
                if (object.round != null) {
                    if (!$util.isObject(object.round))
                        throw $TypeError(".ledger.v1.WalRecord.round: object expected");
                    message.round = $root.ledger.v1.WalRound.fromObject(object.round, _depth + 1);
                }
                if (object.validated != null) {
                    if (!$util.isObject(object.validated))
                        throw $TypeError(".ledger.v1.WalRecord.validated: object expected");
                    message.validated = $root.ledger.v1.WalValidated.fromObject(object.validated, _depth + 1);
                }
                return message;
            };

            WalRecord.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (message.message != null && $Object.hasOwnProperty.call(message, "message")) {
                    object.message = $root.ledger.v1.ConsensusMessage.toObject(message.message, options, _depth + 1);
                    if (options.oneofs)
                        object.record = "message";
                }
                if (message.timeout != null && $Object.hasOwnProperty.call(message, "timeout")) {
                    object.timeout = $root.ledger.v1.WalTimeout.toObject(message.timeout, options, _depth + 1);
                    if (options.oneofs)
                        object.record = "timeout";
                }
                if (message.round != null && $Object.hasOwnProperty.call(message, "round")) {
                    object.round = $root.ledger.v1.WalRound.toObject(message.round, options, _depth + 1);
                    if (options.oneofs)
                        object.record = "round";
                }
                if (message.validated != null && $Object.hasOwnProperty.call(message, "validated")) {
                    object.validated = $root.ledger.v1.WalValidated.toObject(message.validated, options, _depth + 1);
                    if (options.oneofs)
                        object.record = "validated";
                }
                return object;
            };

            WalRecord.prototype.toJSON = function() {
                return WalRecord.toObject(this, $protobuf.util.toJSONOptions);
            };

            return WalRecord;
        })();

        return v1;
    })();

    return ledger;
})();

export {
  $root as default
};
