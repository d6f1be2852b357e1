# Each REJECT kind answering a TCP SYN, as nc reports it (the rest in
# reject-tcp-prohibited.sh: the kernel sends at most 6 ICMP errors to a
# host in a burst, then one a second).
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
S iptables -A INPUT -p tcp --dport 81 -j REJECT
S iptables -A INPUT -p tcp --dport 82 -j REJECT --reject-with tcp-reset
S iptables -A INPUT -p tcp --dport 83 -j REJECT --reject-with icmp-net-unreachable
S iptables -A INPUT -p tcp --dport 84 -j REJECT --reject-with icmp-host-unreachable
S iptables -A INPUT -p tcp --dport 85 -j REJECT --reject-with icmp-port-unreachable
S nc -lk 81 >/dev/null &
sleep 0.3
echo "== port 81"
C nc -vz -w 1 10.1.0.2 81; echo "rc=$?"
echo "== port 82"
C nc -vz -w 1 10.1.0.2 82; echo "rc=$?"
echo "== port 83"
C nc -vz -w 1 10.1.0.2 83; echo "rc=$?"
echo "== port 84"
C nc -vz -w 1 10.1.0.2 84; echo "rc=$?"
echo "== port 85"
C nc -vz -w 1 10.1.0.2 85; echo "rc=$?"
echo "== rules"
S iptables -S INPUT
S iptables -nvL INPUT
