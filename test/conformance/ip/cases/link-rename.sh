# Renaming a link carries its addresses, routes, labels, bridge membership and sysctls along.
ip link add veth0 type veth peer name veth1
ip link add br0 type bridge
ip addr add 10.0.0.1/24 dev veth0
ip addr add 10.0.0.2/24 dev veth0 label veth0:x
ip link set veth0 up
ip link set veth1 up
ip route add 10.9.0.0/16 via 10.0.0.9
ip link set veth1 master br0
ip link set veth0 down
ip link set veth0 name eth0
ip link set eth0 up
ip addr show eth0
ip route
ip route show table local
ip link set br0 name br9
ip link show veth1
ip link set veth1 name port1
bridge link
ip -br link
sysctl net.ipv4.conf.eth0.forwarding net.ipv6.conf.port1.mtu
