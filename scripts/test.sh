#!/usr/bin/env bash
# `npm test`: type-check, build the site (plain, under a path prefix, with its search index in
# shards), then run every test.
# `npm run test:unit`: the same without the browser tests (tests/browser/), for a fast loop.
set -euo pipefail
cd "$(dirname "$0")/.."
unit=false
[ "${1:-}" = "--unit" ] && unit=true
$unit || bash scripts/ensure-browser.sh
bash scripts/ensure-java.sh
npx tsc --noEmit
npx tsx scripts/build.ts >/dev/null
PATH_PREFIX=/archive/ npx tsx scripts/build.ts --output=.cache/site-prefixed >/dev/null
# The search index split into shards of a few records each, as a big archive's is (src/search/shards.ts).
PATH_PREFIX=/archive/ npx tsx scripts/build.ts --output=.cache/site-sharded --search-shard-size=3KB >/dev/null
if $unit; then
  tests=$(find tests -name '*.test.ts' -not -path 'tests/browser/*' | LC_ALL=C sort)
else
  tests=$(find tests -name '*.test.ts' | LC_ALL=C sort)
fi
node --import tsx --test $tests
