#!/usr/bin/env bash
# The W3C Nu HTML Checker (vnu-jar) runs on Java; its own download of one is not used here.
exec bash "$(dirname "$0")/ensure-apt-package.sh" java default-jre-headless
