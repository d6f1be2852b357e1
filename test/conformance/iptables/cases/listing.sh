# -L -S with -n -v -x --line-numbers, per table, per chain, per rule; -Z with and without -L.
iptables -L
iptables -L -n
iptables -nL
iptables -nvL
iptables -L --line-numbers
iptables -S
iptables -t nat -L
iptables -t nat -nvL
iptables -t nat -S
iptables -t mangle -L -n
iptables -t mangle -S
iptables -t raw -L -n
iptables -t raw -S
iptables -t security -L -n
iptables -t security -S
iptables -N SSH
iptables -A INPUT -p tcp --dport 22 -j SSH
iptables -A INPUT -p udp --dport 53 -s 10.0.2.15 -j ACCEPT
iptables -A INPUT -d 127.0.0.1 -j ACCEPT
iptables -A INPUT -s 192.168.0.0/16 -d 10.0.0.0/255.0.0.0 -j DROP
iptables -A INPUT -s 192.168.0.0/255.255.0.255 -j DROP
iptables -A INPUT -i eth0 -o eth1 -j DROP
iptables -A FORWARD -i eth0 -o eth1 -j ACCEPT
iptables -A SSH -s 10.0.0.0/8 -j ACCEPT
iptables -A SSH -j REJECT
iptables -A OUTPUT -c 1234567 987654321 -j ACCEPT
iptables -A OUTPUT -c 5 300 -p tcp --sport 443 -j ACCEPT
iptables -L
iptables -L -n
iptables -L -v
iptables -L -v -n
iptables -L -v -n -x
iptables -L -n -x
iptables -L --line-numbers -n
iptables -L -nv --line-numbers
iptables -L INPUT
iptables -L INPUT -n
iptables -L SSH -n
iptables -L INPUT 1
iptables -L INPUT 2 -n
iptables -L INPUT 3 -n -v
iptables -L INPUT 99
iptables -L INPUT 0
iptables -L nosuch
iptables -S INPUT
iptables -S SSH
iptables -S INPUT 1
iptables -S INPUT 2
iptables -S INPUT 99
iptables -S INPUT 0
iptables -S nosuch
iptables -S -v
iptables -S OUTPUT -v
iptables -L OUTPUT -v -x -n
iptables --list OUTPUT --numeric --verbose --exact
iptables --list-rules OUTPUT
iptables -vL OUTPUT --line-numbers -n
iptables -L -Z OUTPUT -v -n
iptables -L OUTPUT -v -n
iptables -A OUTPUT -c 7 8 -j ACCEPT
iptables -Z OUTPUT 3
iptables -L OUTPUT -v -n -x
iptables -Z OUTPUT 9
iptables -Z nosuch
iptables -Z
iptables -L OUTPUT -v -n -x
iptables -S -Z
iptables -Z -L OUTPUT -n
iptables -L -S
iptables -S -L
iptables -L -n -n
iptables -t filter -L INPUT -n
iptables -L INPUT -t filter -n
iptables -L -t nat -n
iptables -n -L -t nat
iptables -L INPUT -n -v --line-numbers -x
