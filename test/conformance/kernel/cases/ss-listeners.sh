# ss: TCP and UDP listeners (sorted: ss lists them in the order of a hash
# seeded per namespace), a listener bound to one address; nc -l refuses -s.
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
S nc -lk 10.1.0.2 8080 >/dev/null &
S nc -lk 9090 >/dev/null &
S nc -lk -s 10.1.0.2 8081 &
S nc -lku 5353 >/dev/null &
sleep 0.3
echo "== ss -tln"
S ss -tln | sort
echo "== ss -tan"
S ss -tan | sort
echo "== ss -uln"
S ss -uln
echo "== ss -ltn in the client"
C ss -ltn
