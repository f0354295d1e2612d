#!/usr/bin/env bash
# The browser tests need Debian's Chromium (playwright cannot download its own here).
exec bash "$(dirname "$0")/ensure-apt-package.sh" /usr/bin/chromium chromium
