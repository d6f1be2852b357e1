# Runs the lines of one conformance case on the real host, inside the fresh
# namespaces that real-shell.mjs made with `unshare -n -m -u` (network, mounts,
# hostname), so nothing here touches the machine's own rules or files.
#
#   bash driver.sh WORKDIR BACKEND
#
# WORKDIR holds `lines` (one command a line), `hosts` and `resolv.conf`.
# For each line it runs `eval "$line"` in this one bash, so shell variables and
# netfilter state carry over from line to line, and writes to stdout a frame:
#   "<exit code> <stdout bytes> <stderr bytes>\n" <stdout> <stderr>
set -u
work=$1
backend=$2

exec 3<"$work/lines"
hostname lab
# The lab host's /etc/hosts, so `localhost` and `lab` resolve as they do in the lab;
# no name server: a name that is not in /etc/hosts fails at once, and no packet leaves.
mount --bind "$work/hosts" /etc/hosts
mount --bind "$work/resolv.conf" /etc/resolv.conf
# A private /tmp for the case's own files and a private /run (xtables.lock, the shim).
mount -t tmpfs -o mode=1777 tmpfs /tmp
mount -t tmpfs -o mode=755 tmpfs /run
mkdir /run/nflab-out

if [ "$backend" = legacy ]; then
  # What `update-alternatives --set iptables /usr/sbin/iptables-legacy` does:
  # the plain names run the legacy binaries; iptables-nft* and iptables-legacy* stay.
  mkdir /run/nflab-shim
  ln -s /usr/sbin/iptables-legacy /run/nflab-shim/iptables
  ln -s /usr/sbin/iptables-legacy-save /run/nflab-shim/iptables-save
  ln -s /usr/sbin/iptables-legacy-restore /run/nflab-shim/iptables-restore
  PATH=/run/nflab-shim:$PATH
fi
export PATH
unset work backend
cd /root || exit 1

# $? at the start of a line is the status of the line before, as at a prompt.
__nflab_status() { return "$1"; }
__nflab_rc=0
while IFS= read -r __nflab_line <&3; do
  __nflab_status "$__nflab_rc"
  eval "$__nflab_line" </dev/null >/run/nflab-out/stdout 2>/run/nflab-out/stderr
  __nflab_rc=$?
  printf '%d %d %d\n' "$__nflab_rc" \
    "$(stat -c %s /run/nflab-out/stdout)" "$(stat -c %s /run/nflab-out/stderr)"
  cat /run/nflab-out/stdout /run/nflab-out/stderr
done
