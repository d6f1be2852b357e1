# REDIRECT in PREROUTING sends port 80 to a local listener on 8080.
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
S nc -lk 8080 >/dev/null &
sleep 0.3
echo "== before"
C nc -vz -w 1 10.1.0.2 80; echo "rc=$?"
S iptables -t nat -A PREROUTING -p tcp --dport 80 -j REDIRECT --to-ports 8080
echo "== redirected"
C nc -vz -w 1 10.1.0.2 80; echo "rc=$?"
echo "== from the server itself (OUTPUT, not PREROUTING)"
S nc -vz -w 1 10.1.0.2 80; echo "rc=$?"
echo "== conntrack"
S conntrack -L 2>&1 | sort
