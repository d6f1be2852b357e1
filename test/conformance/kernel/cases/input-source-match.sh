# Rules that match the source address and the input interface.
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
ip -n k-c addr add 10.1.0.11/24 dev veth-c
S nc -lk 80 >/dev/null &
sleep 0.3
S iptables -A INPUT -s 10.1.0.11 -j REJECT --reject-with icmp-admin-prohibited
S iptables -A INPUT ! -i veth-s -j ACCEPT
echo "== from the primary address"
C nc -vz -w 1 10.1.0.2 80; echo "rc=$?"
echo "== from the secondary address"
C nc -vz -w 1 -s 10.1.0.11 10.1.0.2 80; echo "rc=$?"
C ping -c 1 -W 1 -I 10.1.0.11 10.1.0.2; echo "rc=$?"
echo "== counters"
S iptables -nvL INPUT
