# nflab-counters: hit
# A default-deny INPUT: loopback and one port allowed, replies to the
# server's own connections allowed by state.
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
S iptables -P INPUT DROP
S iptables -A INPUT -i lo -j ACCEPT
S iptables -A INPUT -p tcp --dport 22 -j ACCEPT
S nc -lk 22 >/dev/null &
S nc -lk 80 >/dev/null &
C nc -lk 9000 >/dev/null &
sleep 0.3
echo "== allowed port"
C nc -vz -w 1 10.1.0.2 22; echo "rc=$?"
echo "== other port"
C nc -vz -w 1 10.1.0.2 80; echo "rc=$?"
echo "== server connects out, no state rule"
S nc -vz -w 1 10.1.0.1 9000; echo "rc=$?"
S iptables -I INPUT 1 -m conntrack --ctstate ESTABLISHED,RELATED -j ACCEPT
echo "== server connects out, with state rule"
S nc -vz -w 1 10.1.0.1 9000; echo "rc=$?"
echo "== loopback"
S nc -vz -w 1 127.0.0.1 80; echo "rc=$?"
echo "== rules"
S iptables -nvL INPUT
