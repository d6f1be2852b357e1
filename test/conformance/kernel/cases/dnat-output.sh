# DNAT in nat OUTPUT for the host's own connections.
ip link set lo up
ip netns add k-c
ip netns add k-s
ip link add veth-c type veth peer name veth-s
ip link set veth-c netns k-c
ip link set veth-s netns k-s
ip -n k-c addr add 10.1.0.1/24 dev veth-c
ip -n k-s addr add 10.1.0.2/24 dev veth-s
ip -n k-c link set lo up
ip -n k-c link set veth-c up
ip -n k-s link set lo up
ip -n k-s link set veth-s up
C() { ip netns exec k-c "$@"; }
S() { ip netns exec k-s "$@"; }
S nc -lk 80 >/dev/null &
sleep 0.3
C iptables -t nat -A OUTPUT -p tcp -d 192.0.2.10 --dport 80 -j DNAT --to-destination 10.1.0.2
ip -n k-c route add 192.0.2.0/24 dev veth-c
echo "== the virtual address"
C nc -vz -w 1 192.0.2.10 80; echo "rc=$?"
echo "== conntrack"
C conntrack -L 2>&1 | sort
