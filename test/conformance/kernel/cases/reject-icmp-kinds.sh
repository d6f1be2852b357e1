# Each REJECT kind answering an echo request, as ping reports it.
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
for kind in icmp-net-unreachable icmp-host-unreachable icmp-port-unreachable icmp-proto-unreachable icmp-net-prohibited icmp-host-prohibited icmp-admin-prohibited; do
  S iptables -F INPUT
  S iptables -A INPUT -p icmp -j REJECT --reject-with $kind
  echo "== $kind"
  C ping -c 1 -W 1 10.1.0.2; echo "rc=$?"
done
echo "== default kind, two probes"
S iptables -F INPUT
S iptables -A INPUT -p icmp -j REJECT
C ping -c 2 -i 0.2 -W 1 10.1.0.2; echo "rc=$?"
S iptables -nvL INPUT
