# Every table with a few rules and a user chain, listed every way.
iptables -t filter -N IN-WEB
iptables -t filter -A INPUT -i eth0 -p tcp --dport 443 -j IN-WEB
iptables -t filter -A IN-WEB -s 198.51.100.0/24 -j ACCEPT
iptables -t filter -A IN-WEB -j DROP
iptables -t nat -N PORTS
iptables -t nat -A PREROUTING -i eth0 -j PORTS
iptables -t nat -A PORTS -p udp --dport 5353 -j DNAT --to-destination 10.0.0.5:53
iptables -t nat -A POSTROUTING -o eth0 -s 10.0.0.0/24 -j SNAT --to-source 10.0.2.15
iptables -t mangle -N MARKS
iptables -t mangle -A PREROUTING -j MARKS
iptables -t mangle -A MARKS -p tcp --dport 22 -j MARK --set-mark 0x22
iptables -t mangle -A FORWARD -p tcp --tcp-flags SYN,RST SYN -j TCPMSS --clamp-mss-to-pmtu
iptables -t raw -N NOTRACK-DNS
iptables -t raw -A PREROUTING -j NOTRACK-DNS
iptables -t raw -A NOTRACK-DNS -p udp --dport 53 -j CT --notrack
iptables -t security -A INPUT -p tcp --dport 22 -j ACCEPT
iptables -t filter -L
iptables -t filter -nL
iptables -t filter -nvL
iptables -t filter -L --line-numbers
iptables -t filter -S
iptables -t filter -S IN-WEB
iptables -t filter -S IN-WEB 2
iptables -t nat -L
iptables -t nat -nL
iptables -t nat -nvL
iptables -t nat -L --line-numbers
iptables -t nat -S
iptables -t nat -S PORTS
iptables -t nat -S PORTS 1
iptables -t mangle -L
iptables -t mangle -nL
iptables -t mangle -nvL
iptables -t mangle -L --line-numbers
iptables -t mangle -S
iptables -t mangle -S MARKS
iptables -t mangle -S MARKS 1
iptables -t raw -L
iptables -t raw -nL
iptables -t raw -nvL
iptables -t raw -L --line-numbers
iptables -t raw -S
iptables -t raw -S NOTRACK-DNS
iptables -t raw -S NOTRACK-DNS 1
iptables -t security -L
iptables -t security -nL
iptables -t security -nvL
iptables -t security -L --line-numbers
iptables -t security -S
iptables -t security -S INPUT
iptables -t security -S INPUT 1
iptables-save
iptables-save -c
iptables-save -t nat
iptables-save -t mangle
iptables-save -t raw
iptables-save -t security
iptables -t nat -S PORTS 2
iptables -t mangle -S NOSUCH
iptables -t raw -L PREROUTING 1 -n -v
iptables -t nat -L PORTS 1
