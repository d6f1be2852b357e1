# -j and -j -p for links, addresses and routes.
ip -j link
ip -j -p link
ip link set lo up
ip -j addr
ip -j -p addr
ip link add veth0 type veth peer name veth1
ip link add br0 type bridge
ip link set veth0 master br0
ip addr add 10.0.0.1/24 dev veth0
ip -j link
ip -j -p link show veth0
ip -j addr show veth0
ip -j route
ip -j route show table local
ip -j -p route show table local
ip link set veth0 up
ip link set veth1 up
ip route add default via 10.0.0.254 metric 7
ip -j route
ip -j -p route
ip -json addr show dev veth0
ip -j -br link
ip -j -br addr
ip -j netns list
ip netns add red
ip -j netns list
ip link set veth1 netns red
ip -j netns list
ip -j link show veth0
ip -j -p link show veth0
ip -j neigh
