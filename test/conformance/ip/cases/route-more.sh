# Routes: tables, types, append and prepend, change, flush, selectors, routes that die with their address.
ip link add veth0 type veth peer name veth1
ip link set veth0 up
ip link set veth1 up
ip addr add 10.0.0.1/24 dev veth0
ip route add blackhole 10.10.0.0/16
ip route add unreachable 10.11.0.0/16
ip route add prohibit 10.12.0.0/16
ip route add blackhole 10.13.0.0/16 dev veth0
ip route add 10.20.0.0/16 via 10.0.0.2 table 100
ip route add 10.21.0.0/16 dev veth0 table 100 metric 9
ip route add 10.22.0.0/16 via 10.0.0.2 proto static
ip route add 10.23.0.0/16 via 10.0.0.2 proto 99
ip route add 10.24.0.0/16 dev veth0 scope host
ip route add local 10.25.0.1 dev veth0
ip route
ip route show table 100
ip route show table all
ip route show type blackhole
ip route show proto static
ip route show proto kernel
ip route show scope link
ip route show scope global
ip route show via 10.0.0.2
ip route show root 10.0.0.0/8
ip route show match 10.22.1.1
ip route show exact 10.22.0.0/16
ip route show 10.22.0.0/16
ip route show default
ip route show table local type local
ip route get 10.10.1.1
ip route get 10.11.1.1
ip route get 10.12.1.1
ip route get 10.25.0.1
ip route get 10.21.1.1
ip route add 10.30.0.0/16 via 10.0.0.2
ip route append 10.30.0.0/16 via 10.0.0.3
ip route prepend 10.30.0.0/16 via 10.0.0.4
ip route append 10.30.0.0/16 via 10.0.0.3
ip route add 10.30.0.0/16 via 10.0.0.5 metric 5
ip route show 10.30.0.0/16
ip route change 10.30.0.0/16 via 10.0.0.6
ip route show 10.30.0.0/16
ip route change 10.31.0.0/16 via 10.0.0.6
ip route del 10.30.0.0/16 via 10.0.0.3
ip route show 10.30.0.0/16
ip route del 10.30.0.0/16 dev veth1
ip route del 10.30.0.0/16 metric 5
ip route show 10.30.0.0/16
ip route flush 10.30.0.0/16
ip route show 10.30.0.0/16
ip route flush table 100
ip route show table 100
ip route flush
ip route add 10.40.0.0/16 via 10.0.0.2 src 10.0.0.1
ip addr add 10.0.0.9/24 dev veth0
ip route add 10.41.0.0/16 via 10.0.0.2 src 10.0.0.9
ip route
ip addr del 10.0.0.9/24 dev veth0
ip route
ip route flush dev veth0
ip route
ip route show table local
ip addr flush dev veth0
ip route add 10.50.0.0/16 dev veth0
ip route add 10.50.0.0/16 via 10.0.0.1 dev veth0 onlink metric 1
ip route
ip route add default via 1.2.3.4 dev veth0 onlink
ip route get 8.8.8.8
ip route show table main
ip route del default dev veth0
ip route show table nope
ip route add 10.60.0.0/16 table nope dev veth0
ip route add 10.60.0.0/16 dev veth0 scope nope
ip route add 10.60.0.0/16 dev veth0 metric x
ip route add 10.60.0.0/16 dev veth0 proto nope
ip route add local 10.61.0.1 dev veth0 via 10.0.0.1
ip route add 10.60.0.0/16 via 10.0.0.1 scope host
ip route add 10.60.0.0/16 dev veth0 dev veth1
ip route add 10.60.0.0/16 10.61.0.0/16 dev veth0
ip route del
ip route foo
