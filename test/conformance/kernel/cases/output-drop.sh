# nflab-counters: hit
# The client's own OUTPUT chain drops what it sends.
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
C iptables -A OUTPUT -p tcp --dport 80 -j DROP
C iptables -A OUTPUT -p icmp -j DROP
echo "== nc"
C nc -vz -w 1 10.1.0.2 80; echo "rc=$?"
echo "== ping"
C ping -c 1 -W 1 10.1.0.2; echo "rc=$?"
echo "== counters"
C iptables -nvL OUTPUT
