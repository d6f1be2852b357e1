# CT and NOTRACK, TRACE, TCPMSS, TOS, DSCP; RETURN, ACCEPT, DROP in odd places.
iptables -t raw -A PREROUTING -j CT --notrack
iptables -t raw -A PREROUTING -j NOTRACK
iptables -t raw -A OUTPUT -p udp --dport 53 -j CT --notrack
iptables -t raw -A PREROUTING -j CT --zone 1
iptables -t raw -A PREROUTING -j CT --zone-orig 2
iptables -t raw -A PREROUTING -j CT --zone-reply 3
iptables -t raw -A PREROUTING -j CT --ctevents new,related,destroy
iptables -t raw -A PREROUTING -j CT --expevents new
iptables -t raw -A PREROUTING -p tcp --dport 21 -j CT --helper ftp
iptables -t raw -A PREROUTING -j CT --helper nosuchhelper
iptables -t raw -A PREROUTING -j CT --ctevents bogus
iptables -t raw -A PREROUTING -j CT --zone 70000
iptables -t raw -A PREROUTING -j CT
iptables -t raw -A PREROUTING -j CT --notrack --zone 1
iptables -t filter -A INPUT -j CT --notrack
iptables -t filter -A INPUT -j NOTRACK
iptables -t raw -A PREROUTING -p tcp --dport 80 -j TRACE
iptables -t raw -A OUTPUT -j TRACE
iptables -t filter -A INPUT -j TRACE
iptables -t mangle -A PREROUTING -j TRACE
iptables -t raw -S
iptables -t raw -L
iptables -t raw -L -n -v
iptables -t mangle -A FORWARD -p tcp --tcp-flags SYN,RST SYN -j TCPMSS --clamp-mss-to-pmtu
iptables -t mangle -A FORWARD -p tcp --tcp-flags SYN,RST SYN -j TCPMSS --set-mss 1400
iptables -t mangle -A FORWARD -p tcp -j TCPMSS --set-mss 1400
iptables -t mangle -A FORWARD -p tcp --tcp-flags SYN,RST SYN -j TCPMSS
iptables -t mangle -A FORWARD -p tcp --tcp-flags SYN,RST SYN -j TCPMSS --set-mss 1400 --clamp-mss-to-pmtu
iptables -t mangle -A FORWARD -p tcp --tcp-flags SYN,RST SYN -j TCPMSS --set-mss 70000
iptables -t mangle -A FORWARD -p udp -j TCPMSS --set-mss 1400
iptables -A FORWARD -p tcp --syn -j TCPMSS --clamp-mss-to-pmtu
iptables -t mangle -A OUTPUT -j TOS --set-tos 0x10
iptables -t mangle -A OUTPUT -j TOS --set-tos Minimize-Delay
iptables -t mangle -A OUTPUT -j TOS --set-tos Maximize-Throughput
iptables -t mangle -A OUTPUT -j TOS --set-tos Maximize-Reliability
iptables -t mangle -A OUTPUT -j TOS --set-tos Minimize-Cost
iptables -t mangle -A OUTPUT -j TOS --set-tos Normal-Service
iptables -t mangle -A OUTPUT -j TOS --set-tos 0x10/0x3f
iptables -t mangle -A OUTPUT -j TOS --and-tos 0x0f
iptables -t mangle -A OUTPUT -j TOS --or-tos 0x08
iptables -t mangle -A OUTPUT -j TOS --xor-tos 0x04
iptables -t mangle -A OUTPUT -j TOS --set-tos 0x100
iptables -t mangle -A OUTPUT -j TOS --set-tos Fast
iptables -t mangle -A OUTPUT -j TOS
iptables -A OUTPUT -j TOS --set-tos 0x10
iptables -t mangle -A OUTPUT -m tos --tos 0x10 -j ACCEPT
iptables -t mangle -A OUTPUT -m tos --tos Minimize-Delay -j ACCEPT
iptables -t mangle -A OUTPUT -m tos ! --tos 0x08/0x0f -j ACCEPT
iptables -t mangle -A POSTROUTING -j DSCP --set-dscp 10
iptables -t mangle -A POSTROUTING -j DSCP --set-dscp 0x2e
iptables -t mangle -A POSTROUTING -j DSCP --set-dscp-class AF11
iptables -t mangle -A POSTROUTING -j DSCP --set-dscp-class EF
iptables -t mangle -A POSTROUTING -j DSCP --set-dscp-class cs1
iptables -t mangle -A POSTROUTING -j DSCP --set-dscp-class BE
iptables -t mangle -A POSTROUTING -j DSCP --set-dscp 64
iptables -t mangle -A POSTROUTING -j DSCP --set-dscp-class XX
iptables -t mangle -A POSTROUTING -j DSCP --set-dscp 10 --set-dscp-class EF
iptables -t mangle -A POSTROUTING -j DSCP
iptables -t mangle -A POSTROUTING -m dscp --dscp 10 -j ACCEPT
iptables -t mangle -A POSTROUTING -m dscp --dscp-class EF -j ACCEPT
iptables -t mangle -A POSTROUTING -m dscp ! --dscp 0 -j ACCEPT
iptables -t mangle -A POSTROUTING -m dscp --dscp 64 -j ACCEPT
iptables -t mangle -S
iptables -t mangle -L
iptables -t mangle -L -n -v
iptables-save
iptables -A INPUT -j RETURN
iptables -t nat -A PREROUTING -j RETURN
iptables -t nat -A PREROUTING -j ACCEPT
iptables -t mangle -A PREROUTING -j DROP
iptables -t raw -A PREROUTING -j DROP
iptables -A INPUT -j ACCEPT --foo
iptables -A INPUT -j RETURN --set-mark 1
iptables -S INPUT
iptables -t raw -S PREROUTING
