# Routes: default, via, dev, src, metric, replace, del, get, and their errors.
ip route
ip route add default via 10.0.0.254
ip link add veth0 type veth peer name veth1
ip addr add 10.0.0.1/24 dev veth0
ip route add default via 10.0.0.254
ip link set veth0 up
ip route add default via 10.0.0.254
ip route add default via 10.0.0.254
ip route add default via 10.0.0.253 metric 100
ip route add 10.9.0.0/16 dev veth0
ip route add 10.8.0.0/16 via 10.0.0.7 dev veth0 src 10.0.0.1
ip route add 10.7.0.0/16 via 10.0.0.7 dev veth1
ip route add 10.6.0.0/16 via 10.9.0.7
ip route add 10.5.0.0/16 via 10.0.0.7 dev veth0 onlink
ip route add 10.4.0.0/16 dev veth0 src 10.0.0.99
ip route add 10.3.0.1 dev veth0 metric 5
ip route add 10.3.0.1/33 dev veth0
ip route add x dev veth0
ip route add 10.3.0.7/24 dev veth0
ip route add 10.2.0.0/16 dev nope
ip route add 10.2.0.0/16 dev veth1
ip route add 10.2.0.0/16
ip route add 10.2.0.0/16 via 10.0.0.300
ip route
ip r
ip route show
ip route list
ip route replace default via 10.0.0.200
ip route replace 10.2.0.0/16 via 10.0.0.3
ip route
ip route del default
ip route
ip route del default
ip route del 10.55.0.0/16
ip route del default via 10.0.0.253 metric 100
ip route show 10.9.0.0/16
ip route show dev veth0
ip route show dev nope
ip route list table main
ip route show table local
ip route show table all
ip link set veth1 up
ip route
ip link set veth0 down
ip route
ip route show table local
ip link set veth0 up
ip route
