# More of ip netns: exec of lab commands, -all, identify, set, list-id, links made straight into a namespace.
ip netns add red
ip netns add blue
ip netns exec red ip link set lo up
ip netns exec red ip addr
ip netns exec red ip route
ip netns exec red ip route show table local
ip netns exec red ip netns identify
ip netns identify
ip netns exec red hostname
ip netns exec red sysctl -n net.ipv4.ip_forward
ip netns exec red nope
ip netns exec
ip netns exec red
ip netns exec a/b ip link
ip -all netns exec ip -br link
ip netns set red 7
ip netns list
ip netns set blue 7
ip netns list-id
ip link add v-red type veth peer name v-blue netns blue
ip link set v-red netns red
ip netns list
ip -n red link
ip -n blue link
ip netns exec red ip link show v-red
ip -n red link set v-red up
ip -n blue link set v-blue up
ip -n red -br link
ip -n blue -br link
ip -n red addr add 192.168.1.1/24 dev v-red
ip -n blue addr add 192.168.1.2/24 dev v-blue
ip -n red route get 192.168.1.2
ip -n red route
ip link set lo netns red
ip link add br0 type bridge
ip link set br0 netns red
ip netns del blue
ip -n red -br link
ip netns list
ip -all netns delete
ip netns list
ip netns add x/y
ip netns del
