# An INPUT rule drops echo requests: 100% packet loss, exit 1.
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
S iptables -A INPUT -p icmp --icmp-type echo-request -j DROP
echo "== dropped"
C ping -c 2 -i 0.2 -W 1 10.1.0.2; echo "rc=$?"
echo "== quiet"
C ping -q -c 1 -W 1 10.1.0.2; echo "rc=$?"
echo "== counters"
S iptables -nvL INPUT
