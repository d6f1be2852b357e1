# ctstate NEW / ESTABLISHED seen from the server's INPUT chain, and the
# conntrack table after a TCP connection and a ping.
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
sleep 0.3
S iptables -A INPUT -p tcp -m conntrack --ctstate NEW -j ACCEPT
S iptables -A INPUT -p tcp -m conntrack --ctstate ESTABLISHED -j ACCEPT
S iptables -A INPUT -p icmp -m state --state NEW -j ACCEPT
S iptables -A INPUT -m conntrack --ctstate INVALID -j DROP
echo "== connect"
C nc -vz -w 1 10.1.0.2 80; echo "rc=$?"
C ping -c 2 -i 0.2 10.1.0.2; echo "rc=$?"
echo "== counters"
S iptables -nvL INPUT
echo "== conntrack"
S conntrack -L 2>&1 | sort
S conntrack -L -p icmp 2>&1 | sort
