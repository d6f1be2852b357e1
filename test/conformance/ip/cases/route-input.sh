# ip route get as a packet arriving on a link (iif): forwarding, local delivery, rp_filter, martians.
ip link set lo up
ip link add veth0 type veth peer name veth1
ip link add veth2 type veth peer name veth3
ip addr add 10.0.0.1/24 dev veth0
ip addr add 10.0.1.1/24 dev veth2
ip link set veth0 up
ip link set veth1 up
ip link set veth2 up
ip link set veth3 up
ip route get 10.0.1.5 from 10.0.0.5 iif veth0
sysctl -w net.ipv4.ip_forward=1
ip route get 10.0.1.5 from 10.0.0.5 iif veth0
ip route get 10.0.0.1 from 10.0.0.5 iif veth0
ip route get 10.0.1.1 from 10.0.0.5 iif veth0
ip route get 10.0.0.255 from 10.0.0.5 iif veth0
ip route get 8.8.8.8 from 10.0.0.5 iif veth0
ip route get 10.0.1.5 from 10.0.1.9 iif veth0
sysctl -w net.ipv4.conf.veth0.rp_filter=1
ip route get 10.0.1.5 from 10.0.1.9 iif veth0
ip route get 10.0.1.5 from 10.0.0.5 iif veth0
ip route get 10.0.1.5 from 127.0.0.1 iif veth0
ip route get 127.0.0.1 from 10.0.0.5 iif veth0
ip route get 10.0.1.5 iif veth0
ip route get 10.0.1.5 from 10.0.0.5 iif nope
ip route get 10.0.1.5 from 10.0.0.5 iif lo
ip -j route get 10.0.1.5 from 10.0.0.5 iif veth0
ip route add default via 10.0.1.254
ip route get 8.8.8.8 from 10.0.0.5 iif veth0
ip route get 8.8.8.8 from 1.2.3.4 iif veth0
ip route get 10.0.0.5 from 10.0.0.6 iif veth0
ip route get 224.0.0.1 from 10.0.0.5 iif veth0
ip route get 10.0.1.5 from 0.0.0.0 iif veth0
ip route get 10.0.1.5 oif veth2
ip route get 10.0.1.5 oif veth0
ip route get 10.0.1.5 from 10.0.0.1
ip route get 10.0.1.5 from 10.0.0.99
ip route get 10.0.1.5 mark 5
