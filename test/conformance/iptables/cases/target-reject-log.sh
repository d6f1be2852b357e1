# REJECT with every --reject-with, and LOG with every option.
iptables -A INPUT -j REJECT
iptables -A INPUT -j REJECT --reject-with icmp-net-unreachable
iptables -A INPUT -j REJECT --reject-with icmp-host-unreachable
iptables -A INPUT -j REJECT --reject-with icmp-port-unreachable
iptables -A INPUT -j REJECT --reject-with icmp-proto-unreachable
iptables -A INPUT -j REJECT --reject-with icmp-net-prohibited
iptables -A INPUT -j REJECT --reject-with icmp-host-prohibited
iptables -A INPUT -j REJECT --reject-with icmp-admin-prohibited
iptables -A INPUT -p tcp -j REJECT --reject-with tcp-reset
iptables -A INPUT -j REJECT --reject-with net-unreach
iptables -A INPUT -j REJECT --reject-with host-unreach
iptables -A INPUT -j REJECT --reject-with port-unreach
iptables -A INPUT -j REJECT --reject-with proto-unreach
iptables -A INPUT -j REJECT --reject-with net-prohib
iptables -A INPUT -j REJECT --reject-with host-prohib
iptables -A INPUT -j REJECT --reject-with admin-prohib
iptables -A INPUT -p tcp -j REJECT --reject-with tcp-rst
iptables -A INPUT -j REJECT --reject-with tcp-reset
iptables -A INPUT -p udp -j REJECT --reject-with tcp-reset
iptables -A INPUT -j REJECT --reject-with icmp-bogus
iptables -A INPUT -j REJECT --reject-with
iptables -A INPUT -j REJECT --reject-with icmp6-port-unreachable
iptables -A INPUT -j REJECT --reject-with icmp-port-unreachable --reject-with icmp-net-unreachable
iptables -t mangle -A INPUT -j REJECT
iptables -t raw -A PREROUTING -j REJECT
iptables -A INPUT -j DROP --reject-with tcp-reset
iptables -S INPUT
iptables -L INPUT
iptables -L INPUT -n -v
iptables -F INPUT
iptables -A INPUT -j LOG
iptables -A INPUT -j LOG --log-prefix "DROP: "
iptables -A INPUT -j LOG --log-prefix 'IN "quoted" '
iptables -A INPUT -j LOG --log-prefix nospace
iptables -A INPUT -j LOG --log-prefix 12345678901234567890123456789
iptables -A INPUT -j LOG --log-prefix 123456789012345678901234567890
iptables -A INPUT -j LOG --log-prefix ""
iptables -A INPUT -j LOG --log-level 0
iptables -A INPUT -j LOG --log-level 1
iptables -A INPUT -j LOG --log-level 2
iptables -A INPUT -j LOG --log-level 3
iptables -A INPUT -j LOG --log-level 4
iptables -A INPUT -j LOG --log-level 5
iptables -A INPUT -j LOG --log-level 6
iptables -A INPUT -j LOG --log-level 7
iptables -A INPUT -j LOG --log-level emerg
iptables -A INPUT -j LOG --log-level alert
iptables -A INPUT -j LOG --log-level crit
iptables -A INPUT -j LOG --log-level err
iptables -A INPUT -j LOG --log-level error
iptables -A INPUT -j LOG --log-level warning
iptables -A INPUT -j LOG --log-level warn
iptables -A INPUT -j LOG --log-level notice
iptables -A INPUT -j LOG --log-level info
iptables -A INPUT -j LOG --log-level debug
iptables -A INPUT -j LOG --log-level panic
iptables -A INPUT -j LOG --log-level 8
iptables -A INPUT -j LOG --log-level loud
iptables -A INPUT -j LOG --log-tcp-sequence
iptables -A INPUT -j LOG --log-tcp-options
iptables -A INPUT -j LOG --log-ip-options
iptables -A INPUT -j LOG --log-uid
iptables -A INPUT -j LOG --log-macdecode
iptables -A INPUT -j LOG --log-level info --log-prefix "ALL: " --log-tcp-sequence --log-tcp-options --log-ip-options --log-uid --log-macdecode
iptables -A INPUT -j LOG --log-prefix a --log-prefix b
iptables -A INPUT -j LOG --log-prefix
iptables -A INPUT -j LOG --log-bogus
iptables -A INPUT -j LOG ! --log-prefix x
iptables -A INPUT -m limit --limit 3/min -j LOG --log-prefix "[fw] " --log-level 6
iptables -S INPUT
iptables -L INPUT
iptables -L INPUT -n -v
iptables-save
iptables -D INPUT -j LOG --log-level warning
iptables -D INPUT -j LOG --log-level 4
iptables -D INPUT -j LOG
iptables -C INPUT -j LOG --log-prefix nospace
iptables -t nat -A POSTROUTING -j LOG --log-prefix "nat: "
iptables -t raw -A PREROUTING -j LOG
iptables -t mangle -A FORWARD -j LOG
iptables-save | grep LOG
