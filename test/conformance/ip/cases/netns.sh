# Named namespaces: add, list, exec, -n, moving links and the ids namespaces give each other.
ip netns
ip netns list
ip netns add red
ip netns add red
ip netns add blue
ip netns list
ip netns exec red ip link
ip -n red link
ip -n red addr
ip -n nope link
ip netns exec nope ip link
ip link add veth0 type veth peer name veth1
ip link set veth1 netns red
ip link
ip netns list
ip -n red link
ip netns list
ip -n red link set veth1 up
ip link set veth0 up
ip -n red link
ip link
ip -n red addr add 10.0.0.2/24 dev veth1
ip addr add 10.0.0.1/24 dev veth0
ip netns exec red ip addr
ip netns exec red ip route
ip link add veth2 type veth peer name veth3 netns blue
ip link
ip netns list
ip -n blue link
ip netns exec blue hostname
ip netns exec red sysctl net.ipv4.ip_forward
ip netns exec red sysctl -w net.ipv4.ip_forward=1
sysctl net.ipv4.ip_forward
ip -n red link set veth1 netns blue
ip -n blue link
ip netns del red
ip netns list
ip link
ip netns del red
ip netns delete blue
ip netns list
ip link
