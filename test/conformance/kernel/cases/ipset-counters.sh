# ipset counters: -m set updates the matched member's packets and bytes (unless ! --update-counters) and --packets-gt tests them; SET --exist.
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
S ipset create pingers hash:ip counters
S ipset add pingers 10.1.0.1
S ipset create quiet hash:ip counters
S ipset add quiet 10.1.0.1 packets 5 bytes 500
S iptables -A INPUT -p icmp -m set --match-set pingers src --packets-gt 2 -j DROP
S iptables -A INPUT -p icmp -m set --match-set quiet src ! --update-counters
echo "== four pings"
for i in 1 2 3 4; do C ping -c 1 -W 1 10.1.0.2 | grep received; done
echo "== the sets"
S ipset list pingers | sed "s/initval 0x[0-9a-f]*/initval X/"
S ipset list quiet | sed "s/initval 0x[0-9a-f]*/initval X/"
S iptables -nvL INPUT
S iptables -S INPUT
