# A bridge learns of carrier changes through the kernel's link watch, at most once a second.
# Timing-sensitive: the real kernel races here now and then (line 12 can show br0 DOWN);
# the fixture holds the usual outcome.
ip link add br0 type bridge
ip link add veth0 type veth peer name veth1
ip link set br0 up
ip link set veth0 master br0
ip link set veth0 up
ip link set veth1 up
ip -br link
sleep 1.2
ip -br link
ip link set veth1 down
ip -br link
ip link show br0
ip -br link
sleep 1.2
ip -br link
ip link set veth1 up
ip -br link
sleep 1.2
ip -br link
ip -br addr
ip link set veth0 nomaster
ip -br link
sleep 1.2
ip -br link
