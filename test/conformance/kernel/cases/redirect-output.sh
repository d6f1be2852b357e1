# REDIRECT in nat OUTPUT catches the host's own connections.
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
C nc -lk 3128 >/dev/null &
sleep 0.3
C iptables -t nat -A OUTPUT -p tcp -d 10.1.0.2 --dport 80 -j REDIRECT --to-ports 3128
echo "== redirected to the local proxy port"
C nc -vz -w 1 10.1.0.2 80; echo "rc=$?"
echo "== other ports go out"
C nc -vz -w 1 10.1.0.2 81; echo "rc=$?"
echo "== counters"
C iptables -t nat -nvL OUTPUT
