# -p udplite: iptables 1.8.9 has no udplite match (the kernel's udp match serves UDP only).
iptables -A INPUT -p udplite --dport 5
iptables -A INPUT -p udplite -m udp --dport 5
iptables -A INPUT -p 136 --sport 5
iptables -A INPUT -m udplite --dport 5
iptables -A INPUT -p udplite -j ACCEPT
iptables -A INPUT -p udplite -m udp -j ACCEPT
iptables -S INPUT
iptables -L INPUT
iptables -L INPUT -n -v
