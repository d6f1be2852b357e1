# MARK in mangle PREROUTING, matched with -m mark in filter INPUT.
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
S nc -lk 81 >/dev/null &
sleep 0.3
S iptables -t mangle -A PREROUTING -p tcp --dport 81 -j MARK --set-mark 0x7
S iptables -A INPUT -m mark --mark 0x7 -j REJECT --reject-with tcp-reset
S iptables -A INPUT -p icmp -m mark ! --mark 0 -j DROP
echo "== unmarked"
C nc -vz -w 1 10.1.0.2 80; echo "rc=$?"
echo "== marked"
C nc -vz -w 1 10.1.0.2 81; echo "rc=$?"
echo "== ping, unmarked"
C ping -c 1 -W 1 10.1.0.2; echo "rc=$?"
echo "== counters"
S iptables -t mangle -nvL PREROUTING
S iptables -nvL INPUT
