# The address is on the link but nobody answers ARP: after about 3 s the
# kernel gives up (EHOSTUNREACH); a shorter -w times out first.
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
echo "== nc -w 1"
C nc -vz -w 1 10.1.0.9 80; echo "rc=$?"
echo "== nc -w 5"
C nc -vz -w 5 10.1.0.9 80; echo "rc=$?"
echo "== ping -c 1"
C ping -c 1 -W 1 10.1.0.9; echo "rc=$?"
echo "== ping -c 4"
C ping -c 4 -i 0.5 10.1.0.9; echo "rc=$?"
