# icmp match: type names, numbers, type/code, inversion, errors.
iptables -A INPUT -p icmp --icmp-type echo-request -j ACCEPT
iptables -A INPUT -p icmp --icmp-type 8 -j ACCEPT
iptables -A INPUT -p icmp --icmp-type 8/0 -j ACCEPT
iptables -A INPUT -p icmp --icmp-type echo-reply -j ACCEPT
iptables -A INPUT -p icmp --icmp-type destination-unreachable -j ACCEPT
iptables -A INPUT -p icmp --icmp-type port-unreachable -j ACCEPT
iptables -A INPUT -p icmp --icmp-type 3/4 -j ACCEPT
iptables -A INPUT -p icmp --icmp-type fragmentation-needed -j ACCEPT
iptables -A INPUT -p icmp --icmp-type time-exceeded -j ACCEPT
iptables -A INPUT -p icmp --icmp-type ttl-zero-during-transit -j ACCEPT
iptables -A INPUT -p icmp --icmp-type any -j ACCEPT
iptables -A INPUT -p icmp --icmp-type 255 -j ACCEPT
iptables -A INPUT -p icmp --icmp-type 13 -j ACCEPT
iptables -A INPUT -p icmp --icmp-type 40 -j ACCEPT
iptables -A INPUT -p icmp ! --icmp-type echo-request -j DROP
iptables -A INPUT -p icmp --icmp-type redirect -j DROP
iptables -A INPUT -p icmp --icmp-type parameter-problem -j ACCEPT
iptables -A INPUT -p icmp --icmp-type source-quench -j ACCEPT
iptables -A INPUT -p icmp --icmp-type timestamp-request -j ACCEPT
iptables -A INPUT -p icmp --icmp-type router-advertisement -j ACCEPT
iptables -A INPUT -p icmp --icmp-type echo-requestx -j ACCEPT
iptables -A INPUT -p icmp --icmp-type 256 -j ACCEPT
iptables -A INPUT -p icmp --icmp-type 8/256 -j ACCEPT
iptables -A INPUT -p icmp --icmp-type -j ACCEPT
iptables -A INPUT --icmp-type 8 -j ACCEPT
iptables -A INPUT -p tcp --icmp-type 8 -j ACCEPT
iptables -A INPUT -p icmp -m icmp --icmp-type 0 -j ACCEPT
iptables -A INPUT -p icmp --icmp-type echo-request -m limit --limit 1/s -j ACCEPT
iptables -S INPUT
iptables -L INPUT
iptables -L INPUT -n
iptables -L INPUT -n -v
iptables-save
iptables -D INPUT -p icmp --icmp-type 8 -j ACCEPT
iptables -D INPUT -p icmp --icmp-type echo-request -j ACCEPT
iptables -D INPUT -p icmp --icmp-type echo-request -j ACCEPT
iptables -S INPUT
iptables -p icmp -h | tail -n 40
