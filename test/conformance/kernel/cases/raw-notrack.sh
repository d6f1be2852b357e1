# NOTRACK in raw PREROUTING: the connection never enters conntrack, so the
# ESTABLISHED rule cannot see it.
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
S iptables -t raw -A PREROUTING -p tcp --dport 80 -j CT --notrack
S iptables -A INPUT -m conntrack --ctstate UNTRACKED -j ACCEPT
S iptables -A INPUT -p tcp --dport 80 -j DROP
echo "== untracked"
C nc -vz -w 1 10.1.0.2 80; echo "rc=$?"
echo "== conntrack"
S conntrack -L 2>&1 | sort
S iptables -nvL INPUT
