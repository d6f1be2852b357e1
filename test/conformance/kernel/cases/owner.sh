# -m owner: what the server's own packets (SYN/ACK, data, RST, echo reply, ICMP errors) and a router's
# forwarded and own packets match; owner outside OUTPUT and POSTROUTING is refused.
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
ip -n k-r addr add 10.1.0.2/24 dev veth-rc
ip -n k-r addr add 10.2.0.1/24 dev veth-rs
ip -n k-s addr add 10.2.0.2/24 dev veth-s
for n in k-c k-r k-s; do ip -n $n link set lo up; done
ip -n k-c link set veth-c up
ip -n k-r link set veth-rc up
ip -n k-r link set veth-rs up
ip -n k-s link set veth-s up
ip -n k-c route add default via 10.1.0.2
ip -n k-s route add default via 10.2.0.1
ip netns exec k-r sysctl -q -w net.ipv4.ip_forward=1
C() { ip netns exec k-c "$@"; }
R() { ip netns exec k-r "$@"; }
S() { ip netns exec k-s "$@"; }
S nc -lk 80 >/dev/null &
sleep 0.3
for rule in "--uid-owner 0" "! --uid-owner 0" "--uid-owner 1000-2000" "--gid-owner 0" "! --gid-owner 0" "--socket-exists" "! --socket-exists" "--uid-owner 0 ! --socket-exists"; do
  S iptables -A OUTPUT -m owner $rule
  R iptables -t mangle -A POSTROUTING -m owner $rule
done
S iptables -A OUTPUT
R iptables -t mangle -A POSTROUTING
echo "== a connection"
C nc -z 10.2.0.2 80; echo "rc=$?"
S iptables -nvL OUTPUT
S iptables -Z OUTPUT
echo "== a closed port"
C nc -z -w 1 10.2.0.2 81; echo "rc=$?"
S iptables -nvL OUTPUT
S iptables -Z OUTPUT
echo "== a ping"
C ping -c 1 -W 1 10.2.0.2 >/dev/null; echo "rc=$?"
S iptables -nvL OUTPUT
S iptables -Z OUTPUT
echo "== a closed udp port"
C nc -u -z -w 1 10.2.0.2 5000; echo "rc=$?"
S iptables -nvL OUTPUT
echo "== the router: all of it forwarded"
R iptables -t mangle -nvL POSTROUTING
R iptables -t mangle -Z POSTROUTING
echo "== the router's own ping"
R ping -c 1 -W 1 10.2.0.2 >/dev/null; echo "rc=$?"
R iptables -t mangle -nvL POSTROUTING
echo "== owner outside OUTPUT and POSTROUTING"
S iptables -A INPUT -m owner --uid-owner 0; echo "rc=$?"
S iptables -t mangle -A PREROUTING -m owner --socket-exists; echo "rc=$?"
S iptables -N from-input
S iptables -A from-input -m owner --uid-owner 0
S iptables -A INPUT -j from-input; echo "rc=$?"
S iptables -S
