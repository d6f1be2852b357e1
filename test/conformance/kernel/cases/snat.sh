# SNAT on the router: the server sees the router's address.
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
ip -n k-s route del default
S nc -lkn -v 80 >/tmp/server.log 2>&1 &
sleep 0.3
echo "== without SNAT the server has no route back"
C nc -vz -w 1 10.2.0.2 80; echo "rc=$?"
R iptables -t nat -A POSTROUTING -o veth-rs -j SNAT --to-source 10.2.0.254
echo "== with SNAT"
C nc -vz -w 1 10.2.0.2 80; echo "rc=$?"
C ping -c 1 -W 1 10.2.0.2; echo "rc=$?"
sleep 0.3
echo "== the server saw"
cat /tmp/server.log
echo "== conntrack"
R conntrack -L -p tcp 2>&1 | sort
R iptables -t nat -nvL POSTROUTING
