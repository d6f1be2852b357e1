# Echo requests and replies between two namespaces.
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
echo "== -c 2"
C ping -c 2 -i 0.2 10.1.0.2; echo "rc=$?"
echo "== -q"
C ping -q -c 2 -i 0.2 10.1.0.2; echo "rc=$?"
echo "== -I dev"
C ping -c 1 -I veth-c 10.1.0.2; echo "rc=$?"
echo "== -I addr"
C ping -c 1 -I 10.1.0.1 10.1.0.2; echo "rc=$?"
echo "== -I missing"
C ping -c 1 -I eth9 10.1.0.2; echo "rc=$?"
echo "== own address and loopback"
C ping -c 1 10.1.0.1; echo "rc=$?"
C ping -c 1 localhost; echo "rc=$?"
