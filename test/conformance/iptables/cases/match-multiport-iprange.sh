# multiport (--ports --sports --dports, ranges, limits) and iprange.
iptables -A INPUT -p tcp -m multiport --dports 22,80,443 -j ACCEPT
iptables -A INPUT -p tcp -m multiport --sports 1000:2000,3000 -j ACCEPT
iptables -A INPUT -p udp -m multiport --ports 53,67:68 -j ACCEPT
iptables -A INPUT -p tcp -m multiport ! --dports 22,23 -j DROP
iptables -A INPUT -p tcp -m multiport --dports ssh,http,https -j ACCEPT
iptables -A INPUT -p tcp -m multiport --destination-ports 1,2,3,4,5,6,7,8,9,10,11,12,13,14,15 -j ACCEPT
iptables -A INPUT -p tcp -m multiport --dports 1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16 -j ACCEPT
iptables -A INPUT -p tcp -m multiport --dports 1:2,3:4,5:6,7:8,9:10,11:12,13:14,15 -j ACCEPT
iptables -A INPUT -p tcp -m multiport --dports 1:2,3:4,5:6,7:8,9:10,11:12,13:14,15:16 -j ACCEPT
iptables -A INPUT -m multiport --dports 22 -j ACCEPT
iptables -A INPUT -p icmp -m multiport --dports 22 -j ACCEPT
iptables -A INPUT -p tcp -m multiport -j ACCEPT
iptables -A INPUT -p tcp -m multiport --dports 22 --sports 80 -j ACCEPT
iptables -A INPUT -p tcp -m multiport --dports 70000 -j ACCEPT
iptables -A INPUT -p tcp -m multiport --dports 22,,80 -j ACCEPT
iptables -A INPUT -p tcp -m multiport --dports 80:22 -j ACCEPT
iptables -A INPUT -p sctp -m multiport --dports 2905,2906 -j ACCEPT
iptables -S INPUT
iptables -L INPUT
iptables -L INPUT -n
iptables -F INPUT
iptables -A INPUT -m iprange --src-range 10.0.0.1-10.0.0.50 -j ACCEPT
iptables -A INPUT -m iprange --dst-range 192.168.1.100-192.168.1.200 -j ACCEPT
iptables -A INPUT -m iprange ! --src-range 10.0.0.1-10.0.0.50 ! --dst-range 10.1.0.1-10.1.0.9 -j DROP
iptables -A INPUT -m iprange --src-range 10.0.0.5 -j ACCEPT
iptables -A INPUT -m iprange --src-range 10.0.0.50-10.0.0.1 -j ACCEPT
iptables -A INPUT -m iprange --src-range 10.0.0.1-10.0.0.300 -j ACCEPT
iptables -A INPUT -m iprange --src-range 10.0.0.0/24 -j ACCEPT
iptables -A INPUT -m iprange -j ACCEPT
iptables -A INPUT -m iprange --src-range localhost-lab -j ACCEPT
iptables -S INPUT
iptables -L INPUT
iptables -L INPUT -n -v
iptables-save
