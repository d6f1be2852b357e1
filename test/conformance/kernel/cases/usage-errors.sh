# Argument errors of the packet tools.
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
echo "== nc"
nc; echo "rc=$?"
nc -l; echo "rc=$?"
nc -vz 10.1.0.2; echo "rc=$?"
nc -vz 10.1.0.2 99999; echo "rc=$?"
nc -vz 10.1.0.2 abc; echo "rc=$?"
nc -w abc 10.1.0.2 80; echo "rc=$?"
nc -x; echo "rc=$?"
echo "== ping"
ping; echo "rc=$?"
ping -c 0 10.1.0.2; echo "rc=$?"
ping -c abc 10.1.0.2; echo "rc=$?"
ping -V; echo "rc=$?"
echo "== curl"
curl; echo "rc=$?"
curl -sS; echo "rc=$?"
