#!/bin/bash
# Records bash 5.2 and env/printenv of GNU coreutils 9.1 (Debian 12) with the lab's starting environment:
#   bash test/engine/commands/env/record.sh > test/engine/commands/env/recorded.json
# Each line of cases.txt runs in a fresh `bash -c` (SHLVL 1) in /root after `cd /root` (so OLDPWD is set, as the lab sets it).
set -u
cases=$(cd "$(dirname "$0")" && pwd)/cases.txt
tmp=$(mktemp)
cd /root
first=1
echo "["
while IFS= read -r script; do
  [ -z "$script" ] && continue
  out=$(env -i HOME=/root USER=root LOGNAME=root SHELL=/bin/bash PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
    HOSTNAME=lab LANG=C.UTF-8 TERM=xterm-256color SHLVL=0 bash -c "cd /root; $script
exit \$? # not an exec of the last command, which would lower SHLVL" 2>"$tmp"; echo "rc=$?")
  rc=${out##*rc=}; out=${out%rc=*}
  [ $first = 1 ] || echo ","
  first=0
  jq -n --arg cmd "$script" --arg stdout "$out" --rawfile stderr "$tmp" --argjson exitCode "$rc" '{cmd:$cmd,stdout:$stdout,stderr:$stderr,exitCode:$exitCode}'
done < "$cases"
echo "]"
rm -f "$tmp"
