#!/usr/bin/env bash
# Regenerates src/codec/gen/ from proto/ledger/v1: static protobufjs code and its types.
# The generated files are committed; test/spec/generated-code.test.ts fails if they are stale.
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-src/codec/gen}
mkdir -p "$out"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
flags=(-t static-module -w esm --force-long --no-create --no-verify --no-delimited --no-service --no-typeurl -p proto)
# pbts reads the JSDoc of the commented build; the committed code is the uncommented one.
npx pbjs "${flags[@]}" -o "$tmp/ledger.js" proto/ledger/v1/*.proto
npx pbts --no-comments -o "$out/ledger.d.ts" "$tmp/ledger.js"
npx pbjs "${flags[@]}" --no-comments -o "$out/ledger.js" proto/ledger/v1/*.proto
