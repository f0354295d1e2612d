#!/usr/bin/env bash
# `npm test`: type-check, build the site (plain and under a path prefix), then run every test.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-browser.sh
npx tsc --noEmit
npx tsx scripts/build.ts >/dev/null
PATH_PREFIX=/archive/ npx tsx scripts/build.ts --output=.cache/site-prefixed >/dev/null
node --import tsx --test $(find tests -name '*.test.ts' | LC_ALL=C sort)
