# UDP: a closed port and REJECT both answer with ICMP port unreachable;
# nc -u -z reports success only when nothing comes back.
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
S nc -lu 5353 >/dev/null &
sleep 0.3
echo "== open udp port"
C nc -vzu -w 1 10.1.0.2 5353; echo "rc=$?"
echo "== closed udp port"
C nc -vzu -w 1 10.1.0.2 5354; echo "rc=$?"
S iptables -A INPUT -p udp --dport 5355 -j REJECT
S iptables -A INPUT -p udp --dport 5356 -j DROP
echo "== rejected"
C nc -vzu -w 1 10.1.0.2 5355; echo "rc=$?"
echo "== dropped"
C nc -vzu -w 1 10.1.0.2 5356; echo "rc=$?"
echo "== listeners"
S ss -uln
