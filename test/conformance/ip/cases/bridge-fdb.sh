# bridge fdb show: each device's address lists (self), a port's own and learned MACs (master), filters, JSON.
ip link add br0 type bridge
ip link add veth0 address 02:00:00:00:00:a0 type veth peer name veth1 address 02:00:00:00:00:a1
bridge fdb show
ip link set veth0 master br0
bridge fdb show
ip link set br0 up
ip link set veth0 up
ip link set veth1 up
sleep 2
bridge fdb show
bridge fdb
bridge fdb show dev veth0
bridge fdb list brport veth0
bridge fdb show br br0
bridge fdb show br veth0
bridge fdb show dev nope
bridge fdb show br nope
bridge fdb show dynamic
bridge fdb show state permanent dev veth1
bridge fdb show vlan 1
bridge fdb show foo
bridge -j fdb show
bridge -j -p fdb show dev veth0
ip link set dev veth1 mtu 1200
bridge fdb show dev veth1
ip link set dev veth1 mtu 1500
sysctl -w net.ipv6.conf.veth1.disable_ipv6=1
bridge fdb show dev veth1
ip link set veth1 down
bridge fdb show dev veth1
ip link set veth0 nomaster
bridge fdb show
