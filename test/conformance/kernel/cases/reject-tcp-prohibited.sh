# The other REJECT kinds answering a TCP SYN, as nc reports them.
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
S iptables -A INPUT -p tcp --dport 86 -j REJECT --reject-with icmp-proto-unreachable
S iptables -A INPUT -p tcp --dport 87 -j REJECT --reject-with icmp-net-prohibited
S iptables -A INPUT -p tcp --dport 88 -j REJECT --reject-with icmp-host-prohibited
S iptables -A INPUT -p tcp --dport 89 -j REJECT --reject-with icmp-admin-prohibited
S nc -lk 81 >/dev/null &
sleep 0.3
echo "== port 86"
C nc -vz -w 1 10.1.0.2 86; echo "rc=$?"
echo "== port 87"
C nc -vz -w 1 10.1.0.2 87; echo "rc=$?"
echo "== port 88"
C nc -vz -w 1 10.1.0.2 88; echo "rc=$?"
echo "== port 89"
C nc -vz -w 1 10.1.0.2 89; echo "rc=$?"
echo "== rules"
S iptables -S INPUT
S iptables -nvL INPUT
