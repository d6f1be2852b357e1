# -m multiport and -m iprange choose what is rejected.
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
S nc -lk 80 >/dev/null &
S nc -lk 443 >/dev/null &
S nc -lk 8443 >/dev/null &
sleep 0.3
S iptables -A INPUT -p tcp -m multiport --dports 443,8443 -j REJECT --reject-with tcp-reset
S iptables -A INPUT -m iprange --src-range 10.1.0.1-10.1.0.5 -p icmp -j DROP
echo "== ports"
C nc -vz -w 1 10.1.0.2 80; echo "rc=$?"
C nc -vz -w 1 10.1.0.2 443; echo "rc=$?"
C nc -vz -w 1 10.1.0.2 8443; echo "rc=$?"
echo "== ping from the range"
C ping -c 1 -W 1 10.1.0.2; echo "rc=$?"
echo "== counters"
S iptables -nvL INPUT
