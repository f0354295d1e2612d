#!/usr/bin/env bash
# The browser tests need Debian's Chromium (playwright cannot download its own here).
# Installs it when missing, so `npm test` works on a fresh machine and in CI.
set -euo pipefail
if [ -x /usr/bin/chromium ]; then exit 0; fi
if [ "$(id -u)" != 0 ]; then
  echo "ensure-browser: /usr/bin/chromium is missing; install it with: sudo apt-get install chromium" >&2
  exit 1
fi
echo "ensure-browser: installing Debian's chromium (first run only)…" >&2
# A mirror can time out now and then: try a few times before giving up.
for attempt in 1 2 3; do
  if apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; then exit 0; fi
  echo "ensure-browser: attempt $attempt failed; retrying…" >&2
  sleep $((attempt * 10))
done
echo "ensure-browser: could not install chromium with apt-get" >&2
exit 1
