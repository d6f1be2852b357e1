# ip route get: the lookup the packet walk uses.
ip route get 10.0.0.1
ip link set lo up
ip route get 127.0.0.1
ip route get 127.1.2.3
ip link add veth0 type veth peer name veth1
ip addr add 10.0.0.1/24 dev veth0
ip link set veth0 up
ip link set veth1 up
ip route get 10.0.0.5
ip route get 10.0.0.1
ip route get 10.0.0.255
ip route get 8.8.8.8
ip route add default via 10.0.0.254
ip route get 8.8.8.8
ip route add 10.9.0.0/16 dev veth0
ip route get 10.9.1.1
ip route get 10.0.0.5 from 10.0.0.1
ip route get to 10.0.0.5
ip route get x
ip route get
ip route get 10.0.0.0/24
ip -o route get 8.8.8.8
ip -j route get 8.8.8.8
ip route get 255.255.255.255
ip route add 192.168.0.0/16 via 10.0.0.7 src 10.0.0.1
ip route get 192.168.1.1
