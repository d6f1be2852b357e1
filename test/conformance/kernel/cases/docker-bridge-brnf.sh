# nflab-counters: hit
# A docker0-like bridge: with br_netfilter's bridge-nf-call-iptables on,
# traffic between two containers on the bridge goes through FORWARD.
ip link set lo up
# (each container end is made under a temporary name: the lab host has an eth0 of its own)
ip netns add k-h
ip netns add k-c1
ip netns add k-c2
H() { ip netns exec k-h "$@"; }
ip -n k-h link add docker0 type bridge
ip -n k-h addr add 172.17.0.1/16 dev docker0
ip link add tmp1 type veth peer name veth1
ip link set tmp1 netns k-c1
ip -n k-c1 link set tmp1 name eth0
ip link set veth1 netns k-h
ip link add tmp2 type veth peer name veth2
ip link set tmp2 netns k-c2
ip -n k-c2 link set tmp2 name eth0
ip link set veth2 netns k-h
ip -n k-h link set veth1 master docker0
ip -n k-h link set veth2 master docker0
ip -n k-c1 addr add 172.17.0.2/16 dev eth0
ip -n k-c2 addr add 172.17.0.3/16 dev eth0
for ns in k-h k-c1 k-c2; do ip -n $ns link set lo up; done
for dev in docker0 veth1 veth2; do ip -n k-h link set $dev up; done
ip -n k-c1 link set eth0 up
ip -n k-c2 link set eth0 up
ip -n k-c1 route add default via 172.17.0.1
ip -n k-c2 route add default via 172.17.0.1
H sysctl -w net.ipv4.ip_forward=1 >/dev/null
ip netns exec k-c2 nc -lk 80 >/dev/null &
sleep 0.3
H iptables -P FORWARD DROP
H iptables -A FORWARD -i docker0 -o docker0 -p tcp --dport 81 -j ACCEPT
echo "== bridge-nf-call-iptables off: the bridge does not ask iptables"
H sysctl -w net.bridge.bridge-nf-call-iptables=0
ip netns exec k-c1 nc -vz -w 1 172.17.0.3 80; echo "rc=$?"
echo "== bridge-nf-call-iptables on: FORWARD policy DROP applies"
H sysctl -w net.bridge.bridge-nf-call-iptables=1
ip netns exec k-c1 nc -vz -w 1 172.17.0.3 80; echo "rc=$?"
H iptables -A FORWARD -i docker0 -o docker0 -j ACCEPT
echo "== docker's rule: -i docker0 -o docker0 -j ACCEPT"
ip netns exec k-c1 nc -vz -w 1 172.17.0.3 80; echo "rc=$?"
echo "== the gateway address"
ip netns exec k-c1 ping -c 1 -W 1 172.17.0.1; echo "rc=$?"
echo "== counters"
H iptables -nvL FORWARD
