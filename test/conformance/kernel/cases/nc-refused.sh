# Nothing listens: the server's kernel answers SYN with RST.
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
echo "== closed port"
C nc -vz -w 1 10.1.0.2 81; echo "rc=$?"
echo "== a range of ports"
C nc -vz -w 1 10.1.0.2 20-23; echo "rc=$?"
echo "== a service name"
C nc -vz -w 1 10.1.0.2 http; echo "rc=$?"
echo "== quiet"
C nc -z -w 1 10.1.0.2 81; echo "rc=$?"
echo "== loopback"
C nc -vz -w 1 127.0.0.1 22; echo "rc=$?"
C nc -vz -w 1 localhost 22; echo "rc=$?"
