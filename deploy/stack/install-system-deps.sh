#!/usr/bin/env bash
# Debian packages Seda needs besides Python, Java and Maven: Prometheus (with promtool),
# run by `seda stack up` with its own config (the packaged service is never used),
# and kcat, with which the tests read topics as an independent client would.
set -euo pipefail
missing=()
command -v prometheus >/dev/null || missing+=(prometheus)
command -v promtool >/dev/null || missing+=(prometheus)
command -v kcat >/dev/null || missing+=(kcat)
[ ${#missing[@]} -eq 0 ] && exit 0
sudo=()
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null && sudo -n true 2>/dev/null; then sudo=(sudo -n); else
    echo "install these Debian packages as root: apt-get install --no-install-recommends ${missing[*]}" >&2
    exit 1
  fi
fi
export DEBIAN_FRONTEND=noninteractive
pkgs=$(printf '%s\n' "${missing[@]}" | sort -u | tr '\n' ' ')
echo "installing Debian packages: $pkgs" >&2
if ! "${sudo[@]}" apt-get install -y -q --no-install-recommends $pkgs >/dev/null 2>&1; then
  "${sudo[@]}" apt-get update -q >/dev/null
  "${sudo[@]}" apt-get install -y -q --no-install-recommends $pkgs >/dev/null
fi
# A packaged service may have been started by the package scripts; Seda runs its own.
"${sudo[@]}" pkill -x prometheus 2>/dev/null || true
