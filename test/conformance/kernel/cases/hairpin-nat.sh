# nflab-counters: hit
# A client on the server's own LAN uses the public address: DNAT alone
# breaks (the reply comes straight from the server); MASQUERADE fixes it.
ip link set lo up
ip netns add k-r
ip netns add k-a
ip netns add k-b
ip netns add k-x
ip -n k-r link add br0 type bridge
ip link add veth-a type veth peer name a-port
ip link add veth-b type veth peer name b-port
ip link add veth-x type veth peer name x-port
ip link set veth-a netns k-a
ip link set veth-b netns k-b
ip link set veth-x netns k-x
ip link set a-port netns k-r
ip link set b-port netns k-r
ip link set x-port netns k-r
ip -n k-r link set a-port master br0
ip -n k-r link set b-port master br0
ip -n k-r addr add 192.168.50.1/24 dev br0
ip -n k-r addr add 203.0.113.1/24 dev x-port
ip -n k-a addr add 192.168.50.10/24 dev veth-a
ip -n k-b addr add 192.168.50.20/24 dev veth-b
ip -n k-x addr add 203.0.113.9/24 dev veth-x
for ns in k-r k-a k-b k-x; do ip -n $ns link set lo up; done
for dev in br0 a-port b-port x-port; do ip -n k-r link set $dev up; done
ip -n k-a link set veth-a up
ip -n k-b link set veth-b up
ip -n k-x link set veth-x up
ip -n k-a route add default via 192.168.50.1
ip -n k-b route add default via 192.168.50.1
ip -n k-x route add default via 203.0.113.1
ip netns exec k-r sysctl -w net.ipv4.ip_forward=1 >/dev/null
R() { ip netns exec k-r "$@"; }
R iptables -t nat -A PREROUTING -d 203.0.113.1 -p tcp --dport 80 -j DNAT --to-destination 192.168.50.10
ip netns exec k-a nc -lk 80 >/dev/null &
sleep 0.3
echo "== from outside"
ip netns exec k-x nc -vz -w 1 203.0.113.1 80; echo "rc=$?"
echo "== from the LAN, DNAT only"
ip netns exec k-b nc -vz -w 1 203.0.113.1 80; echo "rc=$?"
R iptables -t nat -A POSTROUTING -s 192.168.50.0/24 -d 192.168.50.10 -p tcp --dport 80 -j MASQUERADE
echo "== from the LAN, with hairpin MASQUERADE"
ip netns exec k-b nc -vz -w 1 203.0.113.1 80; echo "rc=$?"
echo "== nat counters"
R iptables -t nat -nvL
