# REJECT in FORWARD: the router answers for the server.
ip link set lo up
ip netns add k-c
ip netns add k-r
ip netns add k-s
ip link add veth-c type veth peer name veth-rc
ip link add veth-s type veth peer name veth-rs
ip link set veth-c netns k-c
ip link set veth-rc netns k-r
ip link set veth-rs netns k-r
ip link set veth-s netns k-s
ip -n k-c addr add 10.1.0.1/24 dev veth-c
ip -n k-r addr add 10.1.0.254/24 dev veth-rc
ip -n k-r addr add 10.2.0.254/24 dev veth-rs
ip -n k-s addr add 10.2.0.2/24 dev veth-s
for ns in k-c k-r k-s; do ip -n $ns link set lo up; done
ip -n k-c link set veth-c up
ip -n k-r link set veth-rc up
ip -n k-r link set veth-rs up
ip -n k-s link set veth-s up
ip -n k-c route add default via 10.1.0.254
ip -n k-s route add default via 10.2.0.254
ip netns exec k-r sysctl -w net.ipv4.ip_forward=1 >/dev/null
C() { ip netns exec k-c "$@"; }
R() { ip netns exec k-r "$@"; }
S() { ip netns exec k-s "$@"; }
S nc -lk 80 >/dev/null &
sleep 0.3
R iptables -A FORWARD -p tcp --dport 80 -j REJECT
R iptables -A FORWARD -p tcp --dport 81 -j REJECT --reject-with tcp-reset
R iptables -A FORWARD -p icmp -j REJECT --reject-with icmp-host-prohibited
echo "== tcp port 80"
C nc -vz -w 1 10.2.0.2 80; echo "rc=$?"
echo "== tcp port 81"
C nc -vz -w 1 10.2.0.2 81; echo "rc=$?"
echo "== ping"
C ping -c 1 -W 1 10.2.0.2; echo "rc=$?"
echo "== counters"
R iptables -nvL FORWARD
