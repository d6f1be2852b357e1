iptables -t mangle -A POSTROUTING -p tcp -j ECN --ecn-tcp-remove
iptables -t mangle -A POSTROUTING -j ECN --ecn-tcp-remove
iptables -t mangle -A POSTROUTING -p tcp -j ECN
iptables -A OUTPUT -p tcp -j ECN --ecn-tcp-remove
iptables -t mangle -A POSTROUTING -p tcp -j TCPOPTSTRIP --strip-options wscale,mss,sack-permitted,sack,timestamp,md5
iptables -t mangle -A POSTROUTING -p tcp -j TCPOPTSTRIP --strip-options 2,30
iptables -t mangle -A POSTROUTING -p tcp -j TCPOPTSTRIP --strip-options bogus
iptables -t mangle -A POSTROUTING -p tcp -j TCPOPTSTRIP --strip-options 256
iptables -t mangle -A POSTROUTING -p tcp -j TCPOPTSTRIP
iptables -t mangle -A POSTROUTING -j TCPOPTSTRIP --strip-options mss
iptables -A OUTPUT -p tcp -j TCPOPTSTRIP --strip-options mss
iptables -t mangle -A INPUT -j AUDIT --type accept
iptables -t mangle -A INPUT -j AUDIT --type drop
iptables -A INPUT -j AUDIT --type reject
iptables -A INPUT -j AUDIT --type bogus
iptables -A INPUT -j AUDIT
iptables -t mangle -A INPUT -j SECMARK --selctx system_u:object_r:ssh_packet_t:s0
iptables -t mangle -A INPUT -j SECMARK
iptables -A INPUT -j SECMARK --selctx system_u:object_r:ssh_packet_t:s0
iptables -t mangle -A INPUT -j CONNSECMARK --save
iptables -t mangle -A INPUT -j CONNSECMARK --restore
iptables -t mangle -A INPUT -j CONNSECMARK
iptables -t mangle -A INPUT -j CONNSECMARK --save --restore
iptables -A INPUT -j CONNSECMARK --save
iptables -A INPUT -j IDLETIMER --timeout 60 --label foo
iptables -A INPUT -j IDLETIMER --timeout 10 --label bar --alarm
iptables -A INPUT -j IDLETIMER --label baz
iptables -A INPUT -j IDLETIMER --timeout 10
iptables -A INPUT -j IDLETIMER --timeout 0 --label zero
iptables -A INPUT -j IDLETIMER --timeout 10 --label abcdefghijklmnopqrstuvwxyzabcdefghij
iptables -A INPUT -j IDLETIMER --timeout x --label foo
iptables -S
iptables -L
iptables -L -n -v
iptables -t mangle -S
iptables -t mangle -L -n
iptables-save
iptables -A INPUT -m nfacct --nfacct-name foo -j ACCEPT
iptables -A INPUT -m bpf --bytecode "4,48 0 0 9,21 0 1 6,6 0 0 1,6 0 0 0" -j ACCEPT
iptables -A INPUT -m bpf --bytecode "1,6 0 0 0" -j ACCEPT
iptables -A INPUT -m bpf --bytecode "2,6 0 0 0" -j ACCEPT
iptables -A INPUT -m bpf --bytecode "x" -j ACCEPT
iptables -A INPUT -m bpf -j ACCEPT
iptables -A INPUT -m cgroup --cgroup 1 -j ACCEPT
iptables -A INPUT -m cgroup --path /user.slice -j ACCEPT
iptables -A OUTPUT -m cgroup --cgroup 0x100001 -j ACCEPT
iptables -A OUTPUT -m cgroup ! --path user.slice -j ACCEPT
iptables -A OUTPUT -m cgroup --path / -j ACCEPT
iptables -A OUTPUT -m cgroup -j ACCEPT
iptables -A OUTPUT -m cgroup --cgroup 1 --path / -j ACCEPT
iptables -S
iptables -L -n -v
iptables-save
