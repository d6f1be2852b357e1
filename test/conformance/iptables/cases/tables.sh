# -t with every table, bad tables, and targets or hooks that a table does not allow.
iptables -t nosuch -L
iptables -t NAT -L
iptables -t nat -L FORWARD
iptables -t raw -L INPUT
iptables -t security -L PREROUTING
iptables -t mangle -L -n
iptables -t nat -A PREROUTING -j DROP
iptables -t nat -A POSTROUTING -j REJECT
iptables -t mangle -A INPUT -j DNAT --to-destination 10.0.0.1
iptables -t filter -A INPUT -j SNAT --to-source 10.0.0.1
iptables -t filter -A INPUT -j MASQUERADE
iptables -t raw -A PREROUTING -j MASQUERADE
iptables -t nat -A INPUT -j ACCEPT
iptables -t nat -A FORWARD -j ACCEPT
iptables -t raw -A PREROUTING -j ACCEPT
iptables -t raw -A OUTPUT -j DROP
iptables -t raw -A FORWARD -j ACCEPT
iptables -t mangle -A PREROUTING -j ACCEPT
iptables -t mangle -A INPUT -j ACCEPT
iptables -t mangle -A FORWARD -j ACCEPT
iptables -t mangle -A OUTPUT -j ACCEPT
iptables -t mangle -A POSTROUTING -j ACCEPT
iptables -t security -A INPUT -j ACCEPT
iptables -t security -A FORWARD -j DROP
iptables -t security -A OUTPUT -j ACCEPT
iptables -t nat -N MYNAT
iptables -t nat -A MYNAT -j DNAT --to-destination 10.0.0.1
iptables -t nat -A OUTPUT -j MYNAT
iptables -t nat -A POSTROUTING -j MYNAT
iptables -t nat -P PREROUTING DROP
iptables -t nat -P POSTROUTING ACCEPT
iptables -t raw -P PREROUTING DROP
iptables -t raw -P PREROUTING ACCEPT
iptables -t mangle -P FORWARD DROP
iptables -t mangle -P FORWARD ACCEPT
iptables -t filter -N MYNAT
iptables -A INPUT -j MYNAT
iptables -S
iptables -t nat -S
iptables -t raw -S
iptables -t mangle -S
iptables -t security -S
iptables-save
iptables -t nat -F
iptables -t nat -X
iptables -t nat -S
iptables -t mangle -F
iptables -t mangle -Z
iptables -t raw -F
iptables -t security -X
iptables -t nat -t filter -L
iptables -t
iptables --table nat -L -n
iptables -tnat -L -n
iptables --table=nat -S
