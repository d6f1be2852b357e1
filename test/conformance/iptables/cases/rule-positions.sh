# -A -C -D (by spec and number) -I [n] -R and the errors of each.
iptables -A INPUT -s 10.0.0.1 -j ACCEPT
iptables -A INPUT -s 10.0.0.2 -j ACCEPT
iptables -A INPUT -s 10.0.0.3 -j ACCEPT
iptables -I INPUT -s 10.0.0.0 -j ACCEPT
iptables -I INPUT 2 -s 10.0.0.10 -j ACCEPT
iptables -I INPUT 6 -s 10.0.0.60 -j ACCEPT
iptables -I INPUT 8 -s 10.0.0.80 -j ACCEPT
iptables -I INPUT 0 -s 10.0.0.99 -j ACCEPT
iptables -I INPUT -1 -s 10.0.0.99 -j ACCEPT
iptables -I INPUT x -s 10.0.0.99 -j ACCEPT
iptables --insert INPUT 1 -s 10.0.0.11 -j ACCEPT
iptables -S INPUT
iptables -L INPUT -n --line-numbers
iptables -C INPUT -s 10.0.0.2 -j ACCEPT
iptables -C INPUT -s 10.0.0.2/32 -j ACCEPT
iptables -C INPUT -s 10.0.0.2 -j DROP
iptables -C INPUT -s 10.0.0.200 -j ACCEPT
iptables -C INPUT 1
iptables -C INPUT
iptables -C nosuch -j ACCEPT
iptables --check INPUT -s 10.0.0.3 -j ACCEPT; echo "check says $?"
iptables -D INPUT -s 10.0.0.2 -j ACCEPT
iptables -D INPUT -s 10.0.0.2 -j ACCEPT
iptables -D INPUT 1
iptables -D INPUT 99
iptables -D INPUT 0
iptables -D INPUT -1
iptables -D INPUT abc
iptables -D INPUT
iptables -D nosuch 1
iptables -D nosuch -j ACCEPT
iptables --delete INPUT 1
iptables -S INPUT
iptables -R INPUT 1 -s 10.1.1.1 -j DROP
iptables -R INPUT 3 -s 10.1.1.3 -j DROP
iptables -R INPUT 9 -s 10.1.1.9 -j DROP
iptables -R INPUT 0 -s 10.1.1.9 -j DROP
iptables -R INPUT -s 10.1.1.9 -j DROP
iptables -R INPUT 1
iptables -R nosuch 1 -j DROP
iptables -R INPUT 1 -s 10.0.0.1,10.0.0.2 -j DROP
iptables --replace INPUT 2 -p udp -j RETURN
iptables -S INPUT
iptables -A INPUT -s 10.2.0.1,10.2.0.2 -j ACCEPT
iptables -I INPUT 2 -s 10.3.0.1,10.3.0.2 -j ACCEPT
iptables -S INPUT
iptables -A INPUT -j ACCEPT
iptables -A INPUT -j ACCEPT
iptables -D INPUT -j ACCEPT
iptables -S INPUT
iptables -A nosuch -j ACCEPT
iptables -I nosuch -j ACCEPT
iptables -A -j ACCEPT
iptables -A INPUT -j ACCEPT extra
iptables -A INPUT INPUT -j ACCEPT
iptables -A INPUT 1 -j ACCEPT
iptables -A INPUT -A OUTPUT -j ACCEPT
iptables -A INPUT -D INPUT 1
iptables -F INPUT
iptables -D INPUT 1
iptables -R INPUT 1 -j ACCEPT
iptables -I INPUT 2 -j ACCEPT
iptables -I INPUT 1 -j ACCEPT
iptables -L INPUT --line-numbers
iptables -F INPUT 1
iptables -F nosuch
iptables --flush INPUT
iptables -S INPUT
