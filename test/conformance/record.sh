#!/usr/bin/env bash
# Records the conformance fixtures from the real tools on this machine.
#   npm run conformance:record [-- --check] [-- topic ...]
# Needs root: each case runs in a fresh network namespace (unshare -n).
set -euo pipefail
if [ "$(id -u)" -ne 0 ]; then
  echo "conformance:record: needs root (it makes network namespaces with unshare -n); try: sudo npm run conformance:record" >&2
  exit 2
fi
for tool in iptables iptables-legacy iptables-nft ipset unshare; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    echo "conformance:record: $tool is missing; on Debian 12: apt-get install -y iptables ipset" >&2
    exit 2
  fi
done
cd "$(dirname "$0")/../.."
exec node test/conformance/iptables/record.mjs "$@"
