# ip link and ip addr selectors: type, master, up, group; details and JSON together.
ip link add br0 address 02:00:00:00:00:b0 type bridge
ip link add veth0 address 02:00:00:00:00:a0 type veth peer name veth1 address 02:00:00:00:00:a1
ip link set veth0 master br0
ip link set lo up
ip link show type bridge
ip link show type veth
ip link show type bridge_slave
ip link show type dummy
ip link show master br0
ip link show master nope
ip -br link show up
ip -br link show group default
ip addr show type veth
ip -o -d link show veth0
ip -d -j link show br0
ip -d -j -p link show veth0
ip -br -j link show dev veth1
ip -4 -br a show up
ip -6 -br a
ip -j -p route show table local
ip link show dev veth0 veth1
ip addr show dev
ip -s -j link show lo
ip -s addr show lo
ip -o -s link show lo
