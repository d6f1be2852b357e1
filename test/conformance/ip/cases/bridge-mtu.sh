# A bridge's MTU follows its smallest port unless it was set; ports deleted with their peer; bridges deleted with ports.
ip link add br0 type bridge
ip link add veth0 address 02:00:00:00:00:a0 type veth peer name veth1
ip link add veth2 address 02:00:00:00:00:a2 type veth peer name veth3
ip link set veth0 mtu 9000
ip link set veth2 mtu 1400
ip link set veth0 master br0
ip -br link show br0
ip link show br0
ip link set veth2 master br0
ip link show br0
ip link set veth2 mtu 9000
ip link show br0
ip link set br0 mtu 1280
ip link show br0
ip link set veth2 mtu 1300
ip link show br0
ip link set veth0 mtu 70000
ip link del veth3
ip -br link
bridge link
ip link add br1 type bridge
ip link set veth0 master br1
bridge link
ip link show br0
ip link set br1 master br0
ip link set lo master br0
ip link del br1
ip -br link
ip link set br0 up
ip link set veth0 master br0
ip link set veth0 up
ip link set veth1 up
bridge link
bridge link show dev veth0
bridge link show dev nope
bridge -d link
bridge -j -p link
bridge -s link
bridge
bridge nope
bridge -V
bridge fdb show
ip link del br0
ip -br link
