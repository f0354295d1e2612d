#!/usr/bin/env bash
# Installs a Debian package when the program a test needs is missing, so `npm test` works on a
# fresh machine and in CI:  ensure-apt-package.sh PROGRAM PACKAGE   (e.g. /usr/bin/chromium chromium)
set -euo pipefail
program=$1
package=$2
if command -v "$program" >/dev/null 2>&1; then exit 0; fi
if [ "$(id -u)" != 0 ]; then
  echo "ensure-apt-package: $program is missing; install it with: sudo apt-get install $package" >&2
  exit 1
fi
echo "ensure-apt-package: installing Debian's $package (first run only)…" >&2
# A mirror can time out now and then: try a few times before giving up.
for attempt in 1 2 3; do
  if apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$package" >/dev/null; then exit 0; fi
  echo "ensure-apt-package: attempt $attempt failed; retrying…" >&2
  sleep $((attempt * 10))
done
echo "ensure-apt-package: could not install $package with apt-get" >&2
exit 1
