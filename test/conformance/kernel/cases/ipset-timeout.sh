# SET with timeouts: a set's default timeout, --timeout, and --exist, which restarts the timeout of a member already there.
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
S ipset create t hash:ip timeout 30
S ipset create u hash:ip timeout 30
S iptables -A INPUT -p icmp -j SET --add-set t src --exist --timeout 100
S iptables -A INPUT -p icmp -j SET --add-set u src
echo "== a ping"
C ping -c 1 -W 1 10.1.0.2 >/dev/null; echo "rc=$?"
S ipset list t | tail -n 2
S ipset list u | tail -n 2
echo "== 2.5 s later, another"
sleep 2.5
C ping -c 1 -W 1 10.1.0.2 >/dev/null; echo "rc=$?"
S ipset list t | tail -n 2
S ipset list u | tail -n 2
echo "== saved"
S ipset save t | sed -n 2p
