# Addresses: primaries and secondaries, broadcast, label, the kernel's local and prefix routes.
ip addr
ip addr show lo
ip link set lo up
ip addr
ip link add veth0 type veth peer name veth1
ip addr add 10.0.0.1/24 dev veth0
ip addr add 10.0.0.1/24 dev veth0
ip addr add 10.0.0.2/24 dev veth0
ip addr add 10.0.1.1/16 brd + dev veth0
ip addr add 192.168.5.5 dev veth0
ip address add 172.16.0.1/12 broadcast 172.31.255.254 dev veth0 label veth0:1
ip addr show dev veth0
ip route show table local
ip route
ip link set veth0 up
ip route
ip route show table local
ip link set veth1 up
ip a
ip addr show veth0
ip -4 addr
ip -4 a show dev veth0
ip -o addr
ip -o -4 addr show veth0
ip -br addr
ip -br -4 addr
ip addr del 10.0.0.1/24 dev veth0
ip addr show dev veth0
ip route
ip addr del 10.0.0.1/24 dev veth0
ip addr del 10.0.0.2 dev veth0
ip addr del 192.168.5.5/32 dev veth0
ip addr flush dev veth0
ip addr show veth0
ip route show table local
ip addr add 10.0.0.1/33 dev veth0
ip addr add bogus dev veth0
ip addr add 10.0.0.1/24 dev nope
ip addr add 10.0.0.1/24
ip addr show nope
ip addr flush
ip addr del 10.0.0.9/24 dev veth0
