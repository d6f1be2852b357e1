# Addresses, masks, protocols, interfaces, fragments and inversions in rule specs.
iptables -A INPUT -p tcp -j ACCEPT
iptables -A INPUT -p udp -j ACCEPT
iptables -A INPUT -p icmp -j ACCEPT
iptables -A INPUT -p all -j ACCEPT
iptables -A INPUT -p 47 -j ACCEPT
iptables -A INPUT -p gre -j ACCEPT
iptables -A INPUT -p TCP -j ACCEPT
iptables -A INPUT -p 0 -j ACCEPT
iptables -A INPUT -p sctp -j ACCEPT
iptables -A INPUT -p esp -j ACCEPT
iptables -A INPUT ! -p tcp -j ACCEPT
iptables -A INPUT -p tcpx -j ACCEPT
iptables -A INPUT -p 256 -j ACCEPT
iptables -A INPUT -p -j ACCEPT
iptables -S INPUT
iptables -F INPUT
iptables -A INPUT -s 10.0.0.1 -j DROP
iptables -A INPUT -s 10.0.0.0/8 -j DROP
iptables -A INPUT -s 10.1.2.3/8 -j DROP
iptables -A INPUT -s 192.168.1.0/255.255.255.0 -j DROP
iptables -A INPUT -s 192.168.1.0/255.255.0.255 -j DROP
iptables -A INPUT -d 172.16.0.0/12 -j DROP
iptables -A INPUT -s 0.0.0.0/0 -j DROP
iptables -A INPUT -s 0/0 -j DROP
iptables -A INPUT -d 1.2.3.4/32 -j DROP
iptables -A INPUT -s 10.0.0.0/0 -j DROP
iptables -A INPUT ! -s 10.0.0.0/8 -j DROP
iptables -A INPUT ! -d 127.0.0.0/8 -j DROP
iptables -A INPUT --source 10.9.9.9 --destination 10.8.8.8 -j DROP
iptables -A INPUT --src 10.7.7.7 --dst 10.6.6.6 -j DROP
iptables -S INPUT
iptables -F INPUT
iptables -A INPUT -s 10.0.0.1,10.0.0.2,10.0.0.3 -j ACCEPT
iptables -A INPUT -s 10.0.0.1,10.0.0.2 -d 10.1.0.1,10.1.0.2 -j ACCEPT
iptables -A INPUT -s localhost -j ACCEPT
iptables -A INPUT -d lab -j ACCEPT
iptables -A INPUT -s nosuchhost -j ACCEPT
iptables -A INPUT ! -s 10.0.0.1,10.0.0.2 -j ACCEPT
iptables -S INPUT
iptables -C INPUT -s 10.0.0.2 -j ACCEPT
iptables -D INPUT -s 10.0.0.1,10.0.0.2,10.0.0.3 -j ACCEPT
iptables -S INPUT
iptables -F INPUT
iptables -A INPUT -s 256.1.1.1 -j DROP
iptables -A INPUT -s 10.0.0.0/33 -j DROP
iptables -A INPUT -s 10.0.0.0/-1 -j DROP
iptables -A INPUT -s 10.0.0.0/255.255.255.256 -j DROP
iptables -A INPUT -s 10.0.0 -j DROP
iptables -A INPUT -s 10 -j DROP
iptables -A INPUT -d 10.0.0.0/abc -j DROP
iptables -A INPUT -s -j DROP
iptables -A INPUT -s ::1 -j DROP
iptables -A INPUT -s 10.0.0.1/24 -s 10.0.0.2 -j DROP
iptables -S INPUT
iptables -A INPUT -i eth0 -j ACCEPT
iptables -A INPUT -i eth+ -j ACCEPT
iptables -A INPUT ! -i lo -j ACCEPT
iptables -A INPUT -i + -j ACCEPT
iptables -A OUTPUT -o eth1 -j ACCEPT
iptables -A FORWARD -i eth0 -o eth1 -j ACCEPT
iptables -A FORWARD ! -i docker0 ! -o docker0 -j ACCEPT
iptables -A FORWARD --in-interface veth+ --out-interface br-1234567890ab -j ACCEPT
iptables -A INPUT -o eth0 -j ACCEPT
iptables -A OUTPUT -i eth0 -j ACCEPT
iptables -A INPUT -i averyveryverylonginterfacename -j ACCEPT
iptables -A INPUT -i 0123456789abcdef -j ACCEPT
iptables -A INPUT -i 0123456789abcde -j ACCEPT
iptables -A INPUT -i "eth 0" -j ACCEPT
iptables -A INPUT -i eth0: -j ACCEPT
iptables -A INPUT -i -j ACCEPT
iptables -S
iptables -F
iptables -A INPUT -f -j DROP
iptables -A INPUT ! -f -j DROP
iptables -A INPUT -p tcp -f -j DROP
iptables -A INPUT --fragment -s 10.0.0.0/8 -j DROP
iptables -S INPUT
iptables -L INPUT -n
iptables -L INPUT -n -v
iptables -F INPUT
iptables -A INPUT -s 10.0.0.1 -d 10.0.0.2 -i eth0 -p udp -j ACCEPT
iptables -A INPUT -p udp -i eth0 -d 10.0.0.2 -s 10.0.0.1 -j ACCEPT
iptables -A INPUT ! -s 10.0.0.1 ! -d 10.0.0.2 ! -i eth0 ! -p udp -j ACCEPT
iptables -A INPUT -s ! 10.0.0.1 -j ACCEPT
iptables -A INPUT ! ! -s 10.0.0.1 -j ACCEPT
iptables -A INPUT -s 10.0.0.1 -j
iptables -A INPUT -s 10.0.0.1
iptables -A INPUT
iptables -S INPUT
iptables -L INPUT
iptables -L INPUT -n --line-numbers
