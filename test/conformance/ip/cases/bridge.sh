# Bridges: carrier and state as ports come and go, the bridge MAC following its lowest port.
ip link add br0 type bridge
ip link show br0
ip link set br0 up
ip link show br0
ip link add veth0 address 02:00:00:00:00:a0 type veth peer name veth1
ip link set veth0 master br0
ip link show br0
ip link show veth0
ip link set veth0 up
ip link show br0
ip link set veth1 up
ip link show br0
ip link add veth2 address 02:00:00:00:00:a2 type veth peer name veth3
ip link set veth2 master br0
ip -br link
ip link set veth2 up
ip link set veth3 up
ip -br link
ip link set veth0 nomaster
ip -br link
ip link set veth2 nomaster
ip -br link
ip link set veth2 master nope
ip link set veth2 master veth0
ip link set br0 master br0
ip link set veth0 master br0
ip link set br0 down
ip -br link
ip link set br0 up
ip -br link
ip link show master br0
ip link add br1 address 02:11:11:11:11:11 type bridge
ip link set veth2 master br1
ip link show br1
ip link set veth0 master br1
ip link show br1
ip link del br0
ip -br link
ip link set br1 address 02:22:22:22:22:22
ip link show br1
