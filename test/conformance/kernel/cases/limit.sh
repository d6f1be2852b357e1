# -m limit lets a burst through, then the next rule drops.
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
S iptables -A INPUT -p icmp --icmp-type echo-request -m limit --limit 1/minute --limit-burst 2 -j ACCEPT
S iptables -A INPUT -p icmp --icmp-type echo-request -j DROP
echo "== five probes"
C ping -c 5 -i 0.2 -W 1 10.1.0.2; echo "rc=$?"
echo "== counters"
S iptables -nvL INPUT
