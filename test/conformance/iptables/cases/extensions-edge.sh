# Edges of the newer extensions' parsers: ranges, names, spellings.
iptables -t mangle -A PREROUTING -j HMARK --hmark-src-prefix 129 --hmark-mod 2 --hmark-rnd 1
iptables -t mangle -A PREROUTING -j HMARK --hmark-src-prefix 128 --hmark-mod 2 --hmark-rnd 1
iptables -t mangle -A PREROUTING -j HMARK --hmark-src-prefix 255.255.0.0 --hmark-dst-prefix 255.0.255.0 --hmark-mod 2 --hmark-rnd 1
iptables -t mangle -A PREROUTING -j HMARK --hmark-src-prefix x --hmark-mod 2 --hmark-rnd 1
iptables -t mangle -A PREROUTING -j HMARK --hmark-src-prefix 4294967296 --hmark-mod 2 --hmark-rnd 1
iptables -t mangle -A PREROUTING -j HMARK --hmark-tuple SRC,Dst --hmark-mod 2 --hmark-rnd 1
iptables -t mangle -A PREROUTING -j HMARK --hmark-tuple sp --hmark-mod 2 --hmark-rnd 1
iptables -t mangle -A PREROUTING -j HMARK --hmark-tuple src, --hmark-mod 2 --hmark-rnd 1
iptables -t mangle -A PREROUTING -j HMARK --hmark-tuple ,src --hmark-mod 2 --hmark-rnd 1
iptables -t mangle -A PREROUTING -j HMARK --hmark-tuple spi --hmark-spi 0x10 --hmark-mod 2 --hmark-rnd 1
iptables -t mangle -A PREROUTING -j HMARK --hmark-tuple src --hmark-sport 80 --hmark-dport 443 --hmark-mod 2 --hmark-rnd 1
iptables -t mangle -A PREROUTING -j HMARK --hmark-tuple src --hmark-sport-mask 70000 --hmark-mod 2 --hmark-rnd 1
iptables -t mangle -A PREROUTING -p tcp -j TPROXY --on-port x
iptables -t mangle -A PREROUTING -p tcp -j TPROXY --on-port 80 --tproxy-mark 0x1/0x1/0x1
iptables -t mangle -A PREROUTING -p tcp -j TPROXY --on-port 80 --on-ip 10.1
iptables -t mangle -A PREROUTING -j TEE --gateway 0.0.0.0
iptables -t mangle -A PREROUTING -j TEE --gateway 10.0.0.1 --oif ""
iptables -A INPUT -p tcp -j SYNPROXY --wscale 256 --mss 65535
iptables -A INPUT -p tcp -j SYNPROXY --sack-perm --sack-perm
iptables -A INPUT -m devgroup --dst-group default -j ACCEPT
iptables -A FORWARD -m devgroup --src-group 0x1/0x1 --dst-group 0 -j ACCEPT
iptables -A INPUT -m connbytes --connbytes 0x10:020 --connbytes-dir both --connbytes-mode bytes
iptables -A INPUT -m connbytes --connbytes 5 --connbytes 6 --connbytes-dir both --connbytes-mode bytes
iptables -A INPUT -p dccp -m dccp --dccp-types REQUEST,,RESET
iptables -A INPUT -p dccp -m dccp --dccp-types INVALID,REQUEST
iptables -A INPUT -m u32 --u32 "0x0=0x0:0xffffffff"
iptables -A INPUT -m u32 --u32 "0 = 1 , 2 : 3"
iptables -A INPUT -m u32 --u32 "0@4=1"
iptables -A INPUT -m policy --dir in --pol ipsec --strict --proto esp --next --proto ah --next --proto esp --next --proto ah
iptables -A INPUT -m policy --dir in --pol ipsec --strict --proto esp --next --proto ah --next --proto esp --next --proto ah --next --proto esp
iptables -A INPUT -m policy --dir in --pol ipsec --tunnel-src 10.0.0.0/255.0.0.0 --mode tunnel
iptables -A INPUT -m policy --dir in --pol ipsec ! --tunnel-dst 10.0.0.1 ! --mode transport
iptables -A INPUT -m cluster --cluster-total-nodes 32 --cluster-local-nodemask 32 --cluster-hash-seed 0
iptables -A INPUT -m bpf --bytecode "65,6 0 0 0"
iptables -A INPUT -m bpf --bytecode "1,6 0 0 0,6 0 0 0"
iptables -A INPUT -m bpf --bytecode "1,6 0 0"
iptables -A INPUT -m bpf --bytecode "1,6 0 0 0," -j ACCEPT
iptables -A INPUT -m bpf --bytecode "1,21 0 5 6" -j ACCEPT
iptables -S
iptables -L -n
iptables -t mangle -S
iptables -t mangle -L
