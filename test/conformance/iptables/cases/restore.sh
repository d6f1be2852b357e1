# iptables-restore: flush and --noflush, --test, --counters, --table, comments, quoting, broken input.
printf '%s\n' '*filter' ':INPUT ACCEPT [0:0]' ':FORWARD DROP [0:0]' ':OUTPUT ACCEPT [0:0]' ':WEB - [0:0]' '-A INPUT -p tcp --dport 80 -j WEB' '-A WEB -s 10.0.0.0/8 -j ACCEPT' 'COMMIT' > /tmp/base.rules
iptables-restore < /tmp/base.rules
iptables-save
iptables -A INPUT -s 192.0.2.1 -j DROP
iptables-restore < /tmp/base.rules
iptables -S
iptables -A INPUT -s 192.0.2.1 -j DROP
printf '%s\n' '*filter' '-A INPUT -s 192.0.2.2 -j DROP' 'COMMIT' > /tmp/add.rules
iptables-restore --noflush < /tmp/add.rules
iptables -S
iptables-restore -n < /tmp/add.rules
iptables -S INPUT
printf '%s\n' '# a comment line' '' '*filter' '# another comment' ':INPUT DROP [0:0]' '-A INPUT -m comment --comment "two words" -j ACCEPT' "-A INPUT -m comment --comment 'single quoted' -j ACCEPT" '-A INPUT -m comment --comment "say \"hi\"" -j ACCEPT' '-A INPUT -m comment --comment plain -j ACCEPT' '-A INPUT -j LOG --log-prefix "IN: "' 'COMMIT' > /tmp/quotes.rules
iptables-restore < /tmp/quotes.rules
printf '%s\n' '# a comment line' '' '*filter' '# another comment' ':INPUT DROP [0:0]' '-A INPUT -m comment --comment "two words" -j ACCEPT' '-A INPUT -m comment --comment "say \"hi\"" -j ACCEPT' '-A INPUT -m comment --comment plain -j ACCEPT' '-A INPUT -m comment --comment "back\\slash" -j ACCEPT' '-A INPUT -j LOG --log-prefix "IN: "' 'COMMIT' '# trailing comment' > /tmp/quotes2.rules
iptables-restore < /tmp/quotes2.rules
iptables-save
printf '%s\n' '*filter' '   # indented comment' 'COMMIT' > /tmp/indented.rules
iptables-restore --noflush < /tmp/indented.rules
iptables -L INPUT -n
printf '%s\n' '*filter' ':INPUT ACCEPT [0:0]' '-A INPUT -s 10.1.0.0/16 -j ACCEPT' '-A INPUT -s 10.2.0.0/16 -j NOSUCHCHAIN' '-A INPUT -s 10.3.0.0/16 -j ACCEPT' 'COMMIT' > /tmp/bad-target.rules
iptables-restore < /tmp/bad-target.rules; echo "rc=$?"
iptables -S
printf '%s\n' '*filter' '-A INPUT -s 10.1.0.0/16 -j ACCEPT' '-A INPUT -s 10.2.0.0/33 -j ACCEPT' 'COMMIT' > /tmp/bad-mask.rules
iptables-restore < /tmp/bad-mask.rules
iptables -S INPUT
printf '%s\n' '*filter' '-A INPUT -p tcp --dportx 22 -j ACCEPT' 'COMMIT' > /tmp/bad-option.rules
iptables-restore < /tmp/bad-option.rules
printf '%s\n' '*filter' '-A INPUT -j ACCEPT' > /tmp/no-commit.rules
iptables-restore < /tmp/no-commit.rules
iptables -S INPUT
printf '%s\n' '*nosuch' '-A INPUT -j ACCEPT' 'COMMIT' > /tmp/bad-table.rules
iptables-restore < /tmp/bad-table.rules
printf '%s\n' '-A INPUT -j ACCEPT' 'COMMIT' > /tmp/no-table.rules
iptables-restore < /tmp/no-table.rules
printf '%s\n' '*filter' ':INPUT BOGUS [0:0]' 'COMMIT' > /tmp/bad-policy.rules
iptables-restore < /tmp/bad-policy.rules
printf '%s\n' '*filter' ':MYCHAIN ACCEPT [0:0]' 'COMMIT' > /tmp/user-policy.rules
iptables-restore < /tmp/user-policy.rules
iptables -S
printf '%s\n' '*filter' 'garbage line here' 'COMMIT' > /tmp/garbage.rules
iptables-restore < /tmp/garbage.rules
printf '%s\n' '*filter' ':INPUT ACCEPT' 'COMMIT' > /tmp/no-counters.rules
iptables-restore < /tmp/no-counters.rules
printf '%s\n' '*filter' ':INPUT ACCEPT [0:0]' ':X - [0:0]' ':X - [0:0]' 'COMMIT' > /tmp/dup-chain.rules
iptables-restore < /tmp/dup-chain.rules
iptables -S
printf '%s\n' '*filter' '-A INPUT -s 10.9.0.0/16 -j ACCEPT' 'COMMIT' '*nat' '-A POSTROUTING -o eth0 -j MASQUERADE' 'COMMIT' > /tmp/two.rules
iptables-restore --test < /tmp/two.rules; echo "rc=$?"
iptables-save
iptables-restore -t < /tmp/bad-target.rules
iptables-restore --table nat < /tmp/two.rules
iptables-save
iptables-restore -T filter < /tmp/two.rules
iptables -S
iptables-restore --table mangle < /tmp/two.rules
iptables-restore --table nosuch < /tmp/two.rules
printf '%s\n' '*filter' ':INPUT ACCEPT [10:1000]' ':FORWARD DROP [5:500]' ':OUTPUT ACCEPT [0:0]' '[3:180] -A INPUT -s 10.0.0.1 -j ACCEPT' '[0:0] -A INPUT -s 10.0.0.2 -j ACCEPT' '-A INPUT -s 10.0.0.3 -c 7 700 -j ACCEPT' 'COMMIT' > /tmp/counters.rules
iptables-restore --counters < /tmp/counters.rules
iptables-save -c
iptables -L INPUT -v -x -n
iptables-restore < /tmp/counters.rules
iptables-save -c
printf '%s\n' '*filter' '[abc:1] -A INPUT -j ACCEPT' 'COMMIT' > /tmp/bad-counters.rules
iptables-restore -c < /tmp/bad-counters.rules
iptables-restore /tmp/base.rules
iptables -S
iptables-restore /tmp/nosuchfile
iptables-restore -v < /tmp/base.rules
iptables-restore --verbose --noflush < /tmp/add.rules
iptables-restore -w < /tmp/base.rules
iptables-restore --wait 5 --noflush < /tmp/add.rules
iptables-restore -W 1000 < /tmp/base.rules
iptables-restore --bogus < /tmp/base.rules
iptables-restore < /dev/null; echo "rc=$?"
printf '*filter\n-A INPUT -j ACCEPT\nCOMMIT\n' | iptables-restore -n
iptables -S INPUT
printf '%s\n' '*filter' ':INPUT ACCEPT [0:0]' '-F' '-X' '-N NEWCHAIN' '-A NEWCHAIN -j RETURN' '-I INPUT -j NEWCHAIN' '-P FORWARD ACCEPT' 'COMMIT' > /tmp/commands.rules
iptables-restore --noflush < /tmp/commands.rules
iptables -S
printf '%s\n' '*filter' '-D INPUT -j NEWCHAIN' '-D INPUT 99' 'COMMIT' > /tmp/delete.rules
iptables-restore --noflush < /tmp/delete.rules
iptables -S
printf '%s\n' '*filter' '-D INPUT -j NEWCHAIN' 'COMMIT' > /tmp/delete-one.rules
iptables-restore --noflush < /tmp/delete-one.rules
iptables -S
printf '%s\n' '*filter' ':NEWCHAIN - [0:0]' 'COMMIT' > /tmp/redeclare.rules
iptables-restore --noflush < /tmp/redeclare.rules
iptables -S
printf '%s\n' '*filter' '-A INPUT -j ACCEPT' 'COMMIT' '*filter' '-A INPUT -j DROP' 'COMMIT' > /tmp/twice.rules
iptables-restore < /tmp/twice.rules
iptables -S INPUT
printf '%s\n' '*filter' '*nat' 'COMMIT' > /tmp/nested.rules
iptables-restore < /tmp/nested.rules
printf '*filter\r\n-A INPUT -j ACCEPT\r\nCOMMIT\r\n' > /tmp/crlf.rules
iptables-restore < /tmp/crlf.rules
printf '%s\n' '*filter' '-A INPUT -m comment --comment "unterminated -j ACCEPT' 'COMMIT' > /tmp/unterminated.rules
iptables-restore < /tmp/unterminated.rules
iptables -S INPUT
printf '%s\n' '*filter' '-A INPUT -s 10.0.0.1,10.0.0.2 -j ACCEPT' 'COMMIT' > /tmp/multi.rules
iptables-restore < /tmp/multi.rules
iptables -S INPUT
printf '%s\n' '*filter' '-A INPUT -j ACCEPT' 'COMMIT' 'trailing garbage' > /tmp/trailing.rules
iptables-restore < /tmp/trailing.rules
iptables-save > /tmp/saved.rules; iptables -F; iptables-restore < /tmp/saved.rules; iptables-save | grep -v '^#'
