# nc -s and ping -I choose the source; a foreign address cannot be bound.
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
S nc -lkn -v 80 >/tmp/server.log 2>&1 &
sleep 0.3
echo "== nc -s own secondary"
C nc -vz -w 1 -s 10.1.0.11 10.1.0.2 80; echo "rc=$?"
echo "== nc -s foreign"
C nc -vz -w 1 -s 10.1.0.99 10.1.0.2 80; echo "rc=$?"
echo "== ping -I secondary"
C ping -c 1 -I 10.1.0.11 10.1.0.2; echo "rc=$?"
sleep 0.3
echo "== the server saw"
cat /tmp/server.log
