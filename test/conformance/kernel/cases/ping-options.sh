# ping's options: a deadline, a TTL, the broadcast address, a source on another link, sizes.
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
echo "== -w deadline"
C ping -w 1 -i 0.4 10.1.0.2; echo "rc=$?"
echo "== -c with -w, short"
S iptables -A INPUT -p icmp -m statistic --mode nth --every 2 --packet 1 -j DROP
C ping -c 3 -w 1 -i 0.2 10.1.0.2; echo "rc=$?"
S iptables -F INPUT
echo "== -s size"
C ping -c 1 -s 100 10.1.0.2; echo "rc=$?"
echo "== -t ttl on a direct link"
C ping -c 1 -t 1 10.1.0.2; echo "rc=$?"
echo "== broadcast"
C ping -c 1 -W 1 10.1.0.255; echo "rc=$?"
echo "== -I lo"
C ping -c 1 -W 1 -I lo 10.1.0.2; echo "rc=$?"
echo "== -I foreign address"
C ping -c 1 -I 10.1.0.77 10.1.0.2; echo "rc=$?"
echo "== a name"
C ping -c 1 nosuch; echo "rc=$?"
