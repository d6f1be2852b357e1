# iptables-restore and iptables-save with the extensions added for 1.8.9's full set: round trips, --test, --noflush, errors with their line.
printf '*filter\n:INPUT ACCEPT [0:0]\n:FORWARD ACCEPT [0:0]\n:OUTPUT ACCEPT [0:0]\n-A INPUT -m u32 --u32 "0>>22&0x3C@0>>16=22" -j ACCEPT\n-A INPUT -p esp -m esp --espspi 100:200 -j ACCEPT\n-A INPUT -p ah -m ah ! --ahspi 5 -j DROP\n-A INPUT -m policy --dir in --pol ipsec --strict --proto esp --mode tunnel --tunnel-src 192.0.2.1 -j ACCEPT\n-A INPUT -m connbytes --connbytes 1000: --connbytes-mode bytes --connbytes-dir both -j ACCEPT\n-A INPUT -p dccp -m dccp --dport 5000 --dccp-types REQUEST,RESPONSE -j ACCEPT\n-A INPUT -m devgroup --src-group 0x1/0xff -j ACCEPT\n-A INPUT -m cpu ! --cpu 1 -j ACCEPT\n-A INPUT -m realm --realm 0x2 -j ACCEPT\n-A INPUT -m cluster --cluster-total-nodes 2 --cluster-local-node 1 --cluster-hash-seed 0x1 -j ACCEPT\n-A INPUT -m bpf --bytecode "4,48 0 0 9,21 0 1 6,6 0 0 1,6 0 0 0" -j ACCEPT\n-A OUTPUT -m cgroup --path / -j ACCEPT\n-A INPUT -p tcp -m conntrack --ctstate INVALID,UNTRACKED -j SYNPROXY --sack-perm --timestamp --wscale 7 --mss 1460\n-A INPUT -j AUDIT --type drop\n-A INPUT -j IDLETIMER --timeout 30 --label idle\nCOMMIT\n' > /tmp/ext-filter.rules
printf '*mangle\n:PREROUTING ACCEPT [0:0]\n:INPUT ACCEPT [0:0]\n:FORWARD ACCEPT [0:0]\n:OUTPUT ACCEPT [0:0]\n:POSTROUTING ACCEPT [0:0]\n-A PREROUTING -p tcp --dport 80 -j TPROXY --on-port 3128 --tproxy-mark 0x1/0x1\n-A PREROUTING -j TEE --gateway 10.0.0.1\n-A PREROUTING -j HMARK --hmark-tuple src,dst,sport,dport --hmark-mod 4 --hmark-rnd 0xabcd\n-A POSTROUTING -p tcp -j ECN --ecn-tcp-remove\n-A POSTROUTING -p tcp -j TCPOPTSTRIP --strip-options timestamp,sack-permitted\n-A INPUT -j CONNSECMARK --save\nCOMMIT\n' > /tmp/ext-mangle.rules
iptables-restore --test < /tmp/ext-filter.rules; echo $?
iptables-restore < /tmp/ext-filter.rules; echo $?
iptables-restore --noflush < /tmp/ext-mangle.rules; echo $?
iptables-save
iptables-save | iptables-restore; echo $?
iptables-save -c
iptables -L -n -v --line-numbers
iptables -t mangle -L -v
iptables -C INPUT -m cpu ! --cpu 1 -j ACCEPT; echo $?
iptables -C INPUT -m cpu --cpu 1 -j ACCEPT; echo $?
iptables -D INPUT -m u32 --u32 "0>>22&0x3C@0>>16=22" -j ACCEPT; echo $?
iptables -t mangle -D PREROUTING -j TEE --gateway 10.0.0.1; echo $?
iptables -R INPUT 1 -p esp -m esp --espspi 7 -j DROP; echo $?
iptables -I INPUT 2 -m devgroup ! --dst-group default -j ACCEPT; echo $?
iptables -S INPUT
printf '*filter\n-A INPUT -m u32 --u32 "0=" -j ACCEPT\nCOMMIT\n' | iptables-restore --noflush; echo $?
printf '*filter\n-A INPUT -p esp -m esp --espspi x -j ACCEPT\nCOMMIT\n' | iptables-restore --noflush; echo $?
printf '*filter\n-A INPUT -m policy --pol ipsec -j ACCEPT\nCOMMIT\n' | iptables-restore --noflush; echo $?
printf '*filter\n-A OUTPUT -m policy --dir in --pol none -j ACCEPT\nCOMMIT\n' | iptables-restore --noflush; echo $?
printf '*filter\n-A INPUT -j TPROXY --on-port 1\nCOMMIT\n' | iptables-restore --noflush; echo $?
printf '*mangle\n-A PREROUTING -j HMARK --hmark-mod 2\nCOMMIT\n' | iptables-restore --noflush; echo $?
printf '*mangle\n-A OUTPUT -p tcp -j SYNPROXY\nCOMMIT\n' | iptables-restore --noflush; echo $?
printf '*filter\n-A INPUT -m bpf --bytecode "2,6 0 0 0"\nCOMMIT\n' | iptables-restore --noflush; echo $?
printf '*filter\n-A INPUT -m nfacct --nfacct-name x\nCOMMIT\n' | iptables-restore --noflush; echo $?
printf '*mangle\n-A INPUT -j SECMARK --selctx x\nCOMMIT\n' | iptables-restore --noflush; echo $?
iptables-save -t mangle
