# state and conntrack matches.
iptables -A INPUT -m state --state ESTABLISHED,RELATED -j ACCEPT
iptables -A INPUT -m state --state NEW -j ACCEPT
iptables -A INPUT -m state --state INVALID -j DROP
iptables -A INPUT -m state --state UNTRACKED -j ACCEPT
iptables -A INPUT -m state ! --state NEW -j ACCEPT
iptables -A INPUT -m state --state new -j ACCEPT
iptables -A INPUT -m state --state NEW,BOGUS -j ACCEPT
iptables -A INPUT -m state -j ACCEPT
iptables -A INPUT -m state --state RELATED,ESTABLISHED,NEW,INVALID,UNTRACKED -j ACCEPT
iptables -A INPUT -m conntrack --ctstate ESTABLISHED,RELATED -j ACCEPT
iptables -A INPUT -m conntrack --ctstate NEW,UNTRACKED -j ACCEPT
iptables -A INPUT -m conntrack --ctstate INVALID -j DROP
iptables -A INPUT -m conntrack --ctstate SNAT -j ACCEPT
iptables -A INPUT -m conntrack --ctstate DNAT -j ACCEPT
iptables -A INPUT -m conntrack ! --ctstate RELATED,ESTABLISHED,DNAT -j DROP
iptables -A INPUT -m conntrack --ctstate BOGUS -j DROP
iptables -A INPUT -m conntrack --ctstatus EXPECTED -j ACCEPT
iptables -A INPUT -m conntrack --ctstatus SEEN_REPLY,ASSURED,CONFIRMED -j ACCEPT
iptables -A INPUT -m conntrack --ctstatus NONE -j ACCEPT
iptables -A INPUT -m conntrack ! --ctstatus ASSURED -j ACCEPT
iptables -A INPUT -m conntrack --ctproto tcp -j ACCEPT
iptables -A INPUT -m conntrack --ctproto 17 -j ACCEPT
iptables -A INPUT -m conntrack ! --ctproto icmp -j ACCEPT
iptables -A INPUT -m conntrack --ctorigsrc 10.0.0.1 -j ACCEPT
iptables -A INPUT -m conntrack --ctorigdst 10.0.0.0/8 -j ACCEPT
iptables -A INPUT -m conntrack ! --ctorigsrc 192.168.0.0/255.255.0.0 -j ACCEPT
iptables -A INPUT -m conntrack --ctreplsrc 10.1.1.1 --ctrepldst 10.2.2.0/24 -j ACCEPT
iptables -A INPUT -m conntrack --ctproto tcp --ctorigsrcport 1024 -j ACCEPT
iptables -A INPUT -m conntrack --ctproto tcp --ctorigdstport 80 -j ACCEPT
iptables -A INPUT -m conntrack --ctproto udp --ctorigdstport 1000:2000 -j ACCEPT
iptables -A INPUT -m conntrack --ctorigdstport 80 -j ACCEPT
iptables -A INPUT -m conntrack --ctreplsrcport 80 --ctrepldstport 1024 -j ACCEPT
iptables -A INPUT -m conntrack --ctdir ORIGINAL -j ACCEPT
iptables -A INPUT -m conntrack --ctdir REPLY -j ACCEPT
iptables -A INPUT -m conntrack --ctexpire 10:100 -j ACCEPT
iptables -A INPUT -m conntrack --ctstate NEW --ctproto tcp --ctorigdst 10.0.0.1 --ctorigdstport 22 -j ACCEPT
iptables -A INPUT -m conntrack --ctorigsrc 10.0.0.300 -j ACCEPT
iptables -A INPUT -m conntrack --ctproto nosuch -j ACCEPT
iptables -A INPUT -m conntrack -j ACCEPT
iptables -A INPUT -m conntrack --ctstate NEW -m conntrack --ctstate NEW -j ACCEPT
iptables -A FORWARD -o docker0 -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT
iptables -S
iptables -L
iptables -L -n -v
iptables-save
iptables -D INPUT -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT
iptables -D INPUT -m state --state RELATED,ESTABLISHED -j ACCEPT
iptables -S INPUT 1
