# tcp and udp matches: ports, ranges, service names, flags, --syn, --tcp-option.
iptables -A INPUT -p tcp --dport 22 -j ACCEPT
iptables -A INPUT -p tcp --sport 1024:65535 -j ACCEPT
iptables -A INPUT -p tcp --dport :1023 -j ACCEPT
iptables -A INPUT -p tcp --dport 1024: -j ACCEPT
iptables -A INPUT -p tcp --dport 0:65535 -j ACCEPT
iptables -A INPUT -p tcp --dport 80:80 -j ACCEPT
iptables -A INPUT -p tcp --dport 90:80 -j ACCEPT
iptables -A INPUT -p tcp --dport ssh -j ACCEPT
iptables -A INPUT -p tcp --dport http:https -j ACCEPT
iptables -A INPUT -p tcp --dport domain -j ACCEPT
iptables -A INPUT -p tcp ! --dport 22 -j ACCEPT
iptables -A INPUT -p tcp --dport ! 22 -j ACCEPT
iptables -A INPUT -p tcp -m tcp --dport 8080 -j ACCEPT
iptables -A INPUT -m tcp -p tcp --dport 8081 -j ACCEPT
iptables -A INPUT -p tcp --destination-port 8443 --source-port 1000 -j ACCEPT
iptables -A INPUT -p tcp --dport 65536 -j ACCEPT
iptables -A INPUT -p tcp --dport -1 -j ACCEPT
iptables -A INPUT -p tcp --dport nosuchservice -j ACCEPT
iptables -A INPUT -p tcp --dport 22,80 -j ACCEPT
iptables -A INPUT -p tcp --dport 22 --dport 23 -j ACCEPT
iptables -A INPUT -p udp --dport 53 -j ACCEPT
iptables -A INPUT -p udp --sport 67:68 --dport 67:68 -j ACCEPT
iptables -A INPUT -p udp --dport ntp -j ACCEPT
iptables -A INPUT -p udp ! --sport 53 -j ACCEPT
iptables -A INPUT -p udp --syn -j ACCEPT
iptables -A INPUT -m udp --dport 53 -j ACCEPT
iptables -A INPUT -p udp -m tcp --dport 53 -j ACCEPT
iptables -A INPUT -p tcp -m udp --dport 53 -j ACCEPT
iptables -A INPUT -p sctp --dport 2905 -j ACCEPT
iptables -S INPUT
iptables -L INPUT
iptables -L INPUT -n
iptables -F INPUT
iptables -A INPUT -p tcp --syn -j ACCEPT
iptables -A INPUT -p tcp ! --syn -j ACCEPT
iptables -A INPUT -p tcp --tcp-flags SYN,ACK SYN -j ACCEPT
iptables -A INPUT -p tcp --tcp-flags ALL NONE -j DROP
iptables -A INPUT -p tcp --tcp-flags ALL ALL -j DROP
iptables -A INPUT -p tcp --tcp-flags ALL FIN,URG,PSH -j DROP
iptables -A INPUT -p tcp --tcp-flags SYN,RST SYN,RST -j DROP
iptables -A INPUT -p tcp --tcp-flags FIN,SYN,RST,PSH,ACK,URG SYN -j DROP
iptables -A INPUT -p tcp ! --tcp-flags SYN,ACK SYN -j DROP
iptables -A INPUT -p tcp --tcp-flags syn,ack syn -j DROP
iptables -A INPUT -p tcp --tcp-flags SYN -j DROP
iptables -A INPUT -p tcp --tcp-flags SYN,BOGUS SYN -j DROP
iptables -A INPUT -p tcp --tcp-flags ACK SYN -j DROP
iptables -A INPUT -p tcp --syn --tcp-flags ALL SYN -j DROP
iptables -A INPUT -p tcp --tcp-option 2 -j ACCEPT
iptables -A INPUT -p tcp ! --tcp-option 8 -j ACCEPT
iptables -A INPUT -p tcp --tcp-option 256 -j ACCEPT
iptables -A INPUT -p tcp --tcp-option mss -j ACCEPT
iptables -A INPUT -p tcp --syn --dport 22 --sport 1024:2048 -j ACCEPT
iptables -S INPUT
iptables -L INPUT
iptables -L INPUT -n -v
iptables-save
iptables -D INPUT -p tcp --syn -j ACCEPT
iptables -D INPUT -p tcp --tcp-flags FIN,SYN,RST,ACK SYN -j ACCEPT
iptables -C INPUT -p tcp --tcp-flags ALL NONE -j DROP
iptables -C INPUT -p tcp --tcp-flags FIN,SYN,RST,PSH,ACK,URG NONE -j DROP
iptables -S INPUT
