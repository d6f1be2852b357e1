# IPv6 as ip shows it: ::1 on lo, link-local addresses from the MAC, DAD, the kernel's IPv6 routes.
ip -6 addr
ip link set lo up
ip -6 addr
ip -6 route
ip -6 route show table local
ip link add veth0 address 02:00:00:00:00:01 type veth peer name veth1 address 02:00:00:00:00:02
ip link set veth0 up
ip -6 addr
ip -6 route show table all
ip link set veth1 up
ip -6 addr
ip -6 route show table all
sleep 2.1
ip -6 addr
ip -6 route show table all
ip -o -6 addr
ip -br -6 addr
ip -j -6 addr show dev veth0
ip -6 addr add 2001:db8::1/64 dev veth0
ip -6 addr add 2001:db8::2/64 dev veth0 nodad
ip -6 addr show dev veth0
ip -6 route show table all
ip route show table all
ip link set veth1 down
ip -6 route show table all
ip -6 addr show dev veth0
ip link set veth1 up
ip -6 route show table all
ip link set veth0 down
ip -6 addr
ip -6 route show table all
ip link set veth0 up
ip -6 addr show dev veth0
ip link add br0 type bridge
ip link set br0 up
ip -6 addr show dev br0
ip link set veth0 mtu 1200
ip -6 addr show dev veth0
