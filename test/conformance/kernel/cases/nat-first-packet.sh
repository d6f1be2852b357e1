# The nat table sees only the first packet of a connection; the filter
# table sees them all.
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
R iptables -t nat -A PREROUTING -p tcp --dport 8080 -j DNAT --to-destination 10.2.0.2:80
R iptables -t nat -A POSTROUTING -p tcp -j ACCEPT
R iptables -A FORWARD -p tcp -j ACCEPT
R iptables -A FORWARD -p icmp -j ACCEPT
echo "== one connection, one ping"
C nc -vz -w 1 10.1.0.254 8080; echo "rc=$?"
C ping -c 1 10.2.0.2; echo "rc=$?"
echo "== nat"
R iptables -t nat -nvL
echo "== filter"
R iptables -nvL FORWARD
echo "== save"
R iptables-save -c
