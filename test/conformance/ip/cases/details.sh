# -d for veth and bridge, and bridge link.
ip link add veth0 type veth peer name veth1
ip -d link show veth0
ip link add br0 type bridge
ip -d link show br0
ip link set veth0 master br0
ip -d link show veth0
bridge link
bridge link show
ip link set veth0 up
ip link set veth1 up
bridge link
bridge -j link
ip -d addr show veth1
