# Runs one kernel conformance script on the real host, as pid 1 of the fresh
# namespaces that record.mjs made with `unshare -n -m -u -p -f --mount-proc`:
# network, mounts, hostname and pids are all private, so nothing here touches
# the machine's own namespace, and every process the script leaves behind
# (`nc -l ... &`) dies when this shell exits.
#
#   bash wrapper.sh CASES_DIR SCRIPT_NAME HOSTS_FILE RESOLV_FILE
#
# The script's stdout and stderr go, merged in the order they are written, to
# this shell's stdout; its exit status is this shell's.
set -u
cases=$1
script=$2
hostname lab
# The lab host's /etc/hosts; no name server, so no lookup ever leaves.
mount --bind "$3" /etc/hosts
mount --bind "$4" /etc/resolv.conf
# A private /tmp for the script's files and a private /run (netns mounts, xtables.lock).
mount -t tmpfs -o mode=1777 tmpfs /tmp
mount -t tmpfs -o mode=755 tmpfs /run
export PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
# Delete the named namespaces even when the script fails half way.
cleanup() {
  for name in $(ip netns list 2>/dev/null | cut -d' ' -f1); do ip netns del "$name" 2>/dev/null; done
}
trap cleanup EXIT
cd "$cases" || exit 125
bash "$script" </dev/null 2>&1
