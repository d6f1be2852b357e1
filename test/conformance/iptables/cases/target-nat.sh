# DNAT, SNAT, MASQUERADE, REDIRECT and their options and errors.
iptables -t nat -A PREROUTING -p tcp --dport 80 -j DNAT --to-destination 10.0.0.2
iptables -t nat -A PREROUTING -p tcp --dport 8080 -j DNAT --to-destination 10.0.0.2:80
iptables -t nat -A PREROUTING -p tcp --dport 8081 -j DNAT --to-destination 10.0.0.2-10.0.0.5
iptables -t nat -A PREROUTING -p tcp --dport 8082 -j DNAT --to-destination 10.0.0.2-10.0.0.5:80-90
iptables -t nat -A PREROUTING -p udp --dport 53 -j DNAT --to-destination 10.0.0.53:5353
iptables -t nat -A PREROUTING -p tcp --dport 8083 -j DNAT --to-destination 10.0.0.2:80 --random
iptables -t nat -A PREROUTING -p tcp --dport 8084 -j DNAT --to-destination 10.0.0.2:80 --persistent
iptables -t nat -A PREROUTING -p tcp --dport 8085 -j DNAT --to 10.0.0.2:80
iptables -t nat -A PREROUTING -p tcp --dport 8086 -j DNAT --to-destination :8080
iptables -t nat -A PREROUTING -d 1.2.3.4 -j DNAT --to-destination 10.0.0.9
iptables -t nat -A PREROUTING -j DNAT --to-destination 10.0.0.2:80
iptables -t nat -A PREROUTING -p tcp -j DNAT --to-destination 10.0.0.2:99999
iptables -t nat -A PREROUTING -p tcp -j DNAT --to-destination 10.0.0.300
iptables -t nat -A PREROUTING -p tcp -j DNAT --to-destination 10.0.0.5-10.0.0.2
iptables -t nat -A PREROUTING -p tcp -j DNAT --to-destination 10.0.0.2:90-80
iptables -t nat -A PREROUTING -p tcp -j DNAT
iptables -t nat -A PREROUTING -p tcp -j DNAT --to-destination
iptables -t nat -A PREROUTING -p tcp -j DNAT --to-destination lab:80
iptables -t nat -A POSTROUTING -p tcp -j DNAT --to-destination 10.0.0.2
iptables -t nat -A INPUT -p tcp -j DNAT --to-destination 10.0.0.2
iptables -t nat -A OUTPUT -p tcp --dport 80 -j DNAT --to-destination 127.0.0.1:8080
iptables -t nat -S PREROUTING
iptables -t nat -L PREROUTING
iptables -t nat -L PREROUTING -n -v
iptables -t nat -A POSTROUTING -s 10.0.0.0/24 -o eth0 -j SNAT --to-source 192.0.2.1
iptables -t nat -A POSTROUTING -s 10.0.1.0/24 -j SNAT --to-source 192.0.2.1-192.0.2.10
iptables -t nat -A POSTROUTING -p tcp -s 10.0.2.0/24 -j SNAT --to-source 192.0.2.1:1024-65535
iptables -t nat -A POSTROUTING -p udp -j SNAT --to-source 192.0.2.1:5000 --random
iptables -t nat -A POSTROUTING -p udp -j SNAT --to-source 192.0.2.1 --random-fully
iptables -t nat -A POSTROUTING -p udp -j SNAT --to-source 192.0.2.1 --persistent
iptables -t nat -A POSTROUTING -j SNAT --to 192.0.2.2
iptables -t nat -A POSTROUTING -j SNAT --to-source 192.0.2.1:80
iptables -t nat -A POSTROUTING -j SNAT
iptables -t nat -A PREROUTING -j SNAT --to-source 192.0.2.1
iptables -t nat -A INPUT -j SNAT --to-source 192.0.2.1
iptables -t nat -A POSTROUTING -o eth0 -j MASQUERADE
iptables -t nat -A POSTROUTING -s 172.17.0.0/16 ! -o docker0 -j MASQUERADE
iptables -t nat -A POSTROUTING -p tcp -j MASQUERADE --to-ports 1024-2048
iptables -t nat -A POSTROUTING -p tcp -j MASQUERADE --to-ports 5000
iptables -t nat -A POSTROUTING -j MASQUERADE --random
iptables -t nat -A POSTROUTING -j MASQUERADE --random-fully
iptables -t nat -A POSTROUTING -j MASQUERADE --random --random-fully
iptables -t nat -A POSTROUTING -j MASQUERADE --to-ports 1024
iptables -t nat -A POSTROUTING -p tcp -j MASQUERADE --to-ports 2048-1024
iptables -t nat -A POSTROUTING -j MASQUERADE --persistent
iptables -t nat -A PREROUTING -j MASQUERADE
iptables -t nat -A OUTPUT -j MASQUERADE
iptables -t nat -S POSTROUTING
iptables -t nat -L POSTROUTING
iptables -t nat -L POSTROUTING -n -v
iptables -t nat -A PREROUTING -p tcp --dport 80 -j REDIRECT --to-ports 3128
iptables -t nat -A PREROUTING -p tcp --dport 81 -j REDIRECT --to-ports 3000-3010
iptables -t nat -A PREROUTING -p tcp --dport 82 -j REDIRECT --to-ports 3128 --random
iptables -t nat -A PREROUTING -p tcp --dport 83 -j REDIRECT
iptables -t nat -A PREROUTING -p tcp --dport 84 -j REDIRECT --to-ports 3128 --random-fully
iptables -t nat -A PREROUTING -p tcp --dport 85 -j REDIRECT --to-ports 3128 --persistent
iptables -t nat -A PREROUTING -p tcp --dport 86 -j REDIRECT --to-port 3129
iptables -t nat -A PREROUTING -j REDIRECT --to-ports 3128
iptables -t nat -A PREROUTING -p tcp -j REDIRECT --to-ports 70000
iptables -t nat -A PREROUTING -p tcp -j REDIRECT --to-ports 3010-3000
iptables -t nat -A OUTPUT -p tcp --dport 80 -j REDIRECT --to-ports 8080
iptables -t nat -A POSTROUTING -p tcp -j REDIRECT --to-ports 8080
iptables -A INPUT -p tcp -j REDIRECT --to-ports 8080
iptables -t nat -S
iptables -t nat -L -n
iptables -t nat -L
iptables -t nat -L -n -v --line-numbers
iptables-save -t nat
iptables -t nat -D PREROUTING -p tcp --dport 80 -j DNAT --to-destination 10.0.0.2
iptables -t nat -D POSTROUTING -o eth0 -j MASQUERADE
iptables -t nat -D PREROUTING -p tcp --dport 80 -j REDIRECT --to-ports 3128
iptables -t nat -C PREROUTING -p tcp --dport 81 -j REDIRECT --to-ports 3000-3010
iptables -t nat -C PREROUTING -p tcp --dport 81 -j REDIRECT --to-ports 3000-3011
iptables -t nat -S
