# Routes of special types in the sender's own table.
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
ip -n k-c route add unreachable 10.6.0.0/24
ip -n k-c route add prohibit 10.7.0.0/24
ip -n k-c route add blackhole 10.8.0.0/24
echo "== 10.6"
C nc -vz -w 1 10.6.0.1 80; echo "rc=$?"
C ping -c 1 -W 1 10.6.0.1; echo "rc=$?"
echo "== 10.7"
C nc -vz -w 1 10.7.0.1 80; echo "rc=$?"
C ping -c 1 -W 1 10.7.0.1; echo "rc=$?"
echo "== 10.8"
C nc -vz -w 1 10.8.0.1 80; echo "rc=$?"
C ping -c 1 -W 1 10.8.0.1; echo "rc=$?"
