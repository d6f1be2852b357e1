# -j TEE, -j TPROXY, -j SYNPROXY, -j HMARK.
iptables -t mangle -A PREROUTING -j TEE --gateway 10.0.0.1
iptables -t mangle -A PREROUTING -i eth0 -j TEE --gateway 10.0.0.2 --oif eth1
iptables -t mangle -A PREROUTING -j TEE --gateway lab
iptables -t mangle -A PREROUTING -j TEE --gateway 10.0.0.0/8
iptables -t mangle -A PREROUTING -j TEE --gateway nosuchhost.invalid
iptables -t mangle -A PREROUTING -j TEE
iptables -t mangle -A PREROUTING -j TEE --oif eth1
iptables -t mangle -A PREROUTING -j TEE --gateway 10.0.0.1 --oif abcdefghijklmnopq
iptables -t mangle -A PREROUTING -j TEE --gateway 10.0.0.1 --gateway 10.0.0.3
iptables -A INPUT -j TEE --gateway 10.0.0.1
iptables -t nat -A PREROUTING -j TEE --gateway 10.0.0.1
iptables -t mangle -A PREROUTING -p tcp --dport 80 -j TPROXY --on-port 3128 --tproxy-mark 0x1/0x1
iptables -t mangle -A PREROUTING -p tcp -j TPROXY --on-port 3128 --on-ip 127.0.0.1
iptables -t mangle -A PREROUTING -p udp -j TPROXY --on-port 53 --tproxy-mark 5
iptables -t mangle -A PREROUTING -p tcp -j TPROXY --on-port 0 --on-ip 10.0.0.1
iptables -t mangle -A PREROUTING -p tcp -j TPROXY --on-ip 10.0.0.1
iptables -t mangle -A PREROUTING -p tcp -j TPROXY --on-port 70000
iptables -t mangle -A PREROUTING -p tcp -j TPROXY --on-port http
iptables -t mangle -A PREROUTING -p tcp -j TPROXY --on-port 80 --tproxy-mark x
iptables -t mangle -A PREROUTING -p tcp -j TPROXY --on-port 80 --on-ip 10.0.0.0/8
iptables -t mangle -A PREROUTING -p icmp -j TPROXY --on-port 80
iptables -t mangle -A PREROUTING -j TPROXY --on-port 80
iptables -t mangle -A OUTPUT -p tcp -j TPROXY --on-port 80
iptables -t nat -A PREROUTING -p tcp -j TPROXY --on-port 80
iptables -A INPUT -p tcp -j TPROXY --on-port 80
iptables -A INPUT -p tcp -m tcp --syn -m conntrack --ctstate UNTRACKED -j SYNPROXY --sack-perm --timestamp --wscale 7 --mss 1460
iptables -A FORWARD -p tcp -j SYNPROXY --mss 1400 --ecn
iptables -A INPUT -p tcp -j SYNPROXY
iptables -A INPUT -p tcp -j SYNPROXY --wscale 15
iptables -A INPUT -p tcp -j SYNPROXY --wscale 16
iptables -A INPUT -p tcp -j SYNPROXY --mss 65536
iptables -A INPUT -p tcp -j SYNPROXY --mss x
iptables -A INPUT -j SYNPROXY --mss 1460
iptables -A OUTPUT -p tcp -j SYNPROXY --mss 1460
iptables -t mangle -A INPUT -p tcp -j SYNPROXY --mss 1460
iptables -t raw -A PREROUTING -p tcp -j SYNPROXY
iptables -t mangle -A PREROUTING -j HMARK --hmark-tuple src,dst --hmark-mod 10 --hmark-rnd 0x1
iptables -t mangle -A PREROUTING -j HMARK --hmark-tuple src,dst,sport,dport,proto --hmark-mod 4 --hmark-offset 100 --hmark-rnd 0xcafe
iptables -t mangle -A PREROUTING -j HMARK --hmark-src-prefix 24 --hmark-dst-prefix 16 --hmark-mod 2 --hmark-rnd 7
iptables -t mangle -A PREROUTING -j HMARK --hmark-tuple ct,src --hmark-mod 2 --hmark-rnd 1
iptables -t mangle -A PREROUTING -j HMARK --hmark-sport-mask 0xff00 --hmark-dport-mask 0x00ff --hmark-spi-mask 0xffff --hmark-proto-mask 0xf --hmark-mod 3 --hmark-rnd 1
iptables -t mangle -A PREROUTING -j HMARK --hmark-src-prefix 24 --hmark-mod 2
iptables -t mangle -A PREROUTING -j HMARK --hmark-mod 0 --hmark-rnd 1
iptables -t mangle -A PREROUTING -j HMARK --hmark-rnd 1
iptables -t mangle -A PREROUTING -j HMARK --hmark-tuple src,bogus --hmark-mod 2 --hmark-rnd 1
iptables -t mangle -A PREROUTING -j HMARK --hmark-src-prefix 33 --hmark-mod 2 --hmark-rnd 1
iptables -t mangle -A PREROUTING -j HMARK --hmark-tuple src --hmark-src-prefix 24 --hmark-mod 2 --hmark-rnd 1
iptables -t mangle -A PREROUTING -j HMARK --hmark-tuple ct --hmark-sport-mask 1 --hmark-mod 2 --hmark-rnd 1
iptables -t mangle -A PREROUTING -j HMARK
iptables -A INPUT -j HMARK --hmark-mod 2 --hmark-rnd 1
iptables -t mangle -S
iptables -t mangle -L
iptables -t mangle -L -n -v
iptables -S
iptables -L -n -v
iptables-save
iptables-save -t mangle | iptables-restore -t mangle 2>&1; echo $?
iptables -t mangle -S PREROUTING
iptables -j TEE -h | tail -n 4
iptables -j TPROXY -h | tail -n 5
iptables -j SYNPROXY -h | tail -n 8
