#!/bin/bash
# Records GNU ls 9.1 (Debian 12) on the tree that ls.test.ts builds in the lab:
#   bash test/engine/commands/ls/record.sh > test/engine/commands/ls/recorded.json
# Run it on ext4 (4 KiB blocks) within a day or so of 2026-11-25 23:00 UTC, the lab clock
# of the test: "recent" dates (six months) are judged against the real clock here.
set -u
cases=$(cd "$(dirname "$0")" && pwd)/cases.txt
export LANG=C.UTF-8 TZ=UTC COLUMNS=80
base=$(mktemp -d) && cd "$base" && mkdir lsref && cd lsref && mkdir t && cd t && umask 022
printf '%01234d' 0 > conf; printf '%0100d' 0 > run.sh; : > secret; head -c 2000000 /dev/zero | tr '\0' x > big
printf 'hi\n' > .hidden; printf 'U\n' > Upper; printf '%05000d' 0 > suid
ln -s conf link; ln -s nowhere dangling; ln -s sub dirlink; printf '%012813d' 0 > 'with space'; mkdir sub sticky; printf 'in\n' > sub/inner; mkdir sub/deeper
chmod 644 conf big .hidden Upper 'with space'; chmod 755 run.sh; chmod 600 secret; chmod 4755 suid; chmod 700 sub; chmod 640 sub/inner; chmod 1777 sticky
touch -d '2026-11-25 22:04:00' conf; touch -d '2026-10-01 09:30:15' run.sh; touch -d '2025-11-25 10:00:00' secret
touch -d '2027-01-01 00:00:00' big; touch -d '2026-06-01 12:00:00' .hidden; touch -d '2026-11-20 08:00:00' Upper
touch -d '2026-05-20 08:00:00' suid; touch -d '2026-11-25 21:00:00' sub/inner sub/deeper sub
touch -d '2026-11-24 12:00:00' sticky; touch -h -d '2026-11-23 11:11:00' link dangling dirlink; touch -d '2026-11-22 07:00:00' 'with space'
touch -d '2026-11-25 22:30:00' .; cd ..; touch -d '2026-11-01 00:00:00' .
first=1
echo "["
while IFS= read -r cmd; do
  [ -z "$cmd" ] && continue
  out=$(bash -c "$cmd" 2>"$base/err"; echo "rc=$?")
  rc=${out##*rc=}; out=${out%rc=*}
  [ $first = 1 ] || echo ","
  first=0
  jq -n --arg cmd "$cmd" --arg stdout "$out" --rawfile stderr "$base/err" --argjson exitCode "$rc" '{cmd:$cmd,stdout:$stdout,stderr:$stderr,exitCode:$exitCode}'
done < "$cases"
echo "]"
rm -rf "$base"
