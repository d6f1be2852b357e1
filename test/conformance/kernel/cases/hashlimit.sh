# -m hashlimit: a bucket per source address (srcip), and -m quota (bytes per rule).
ip netns add k-c
ip netns add k-s
ip link add veth-c type veth peer name veth-s
ip link set veth-c netns k-c
ip link set veth-s netns k-s
ip -n k-c addr add 10.1.0.1/24 dev veth-c
ip -n k-c addr add 10.1.0.3/24 dev veth-c
ip -n k-s addr add 10.1.0.2/24 dev veth-s
ip -n k-c link set lo up
ip -n k-c link set veth-c up
ip -n k-s link set lo up
ip -n k-s link set veth-s up
C() { ip netns exec k-c "$@"; }
S() { ip netns exec k-s "$@"; }
S iptables -A INPUT -p icmp -m hashlimit --hashlimit-upto 1/min --hashlimit-burst 2 --hashlimit-mode srcip --hashlimit-name pings -j ACCEPT
S iptables -A INPUT -p icmp -j DROP
S iptables -A INPUT -p udp -m quota --quota 100 -j ACCEPT
S iptables -A INPUT -p udp -j DROP
echo "== four pings from 10.1.0.1"
for i in 1 2 3 4; do C ping -c 1 -W 1 10.1.0.2 | grep received; done
echo "== one from 10.1.0.3"
C ping -c 1 -W 1 -I 10.1.0.3 10.1.0.2 | grep received
echo "== udp within the quota, then past it"
for i in 1 2 3; do C nc -vzu -w 1 10.1.0.2 5000; echo "rc=$?"; done
echo "== counters"
S iptables -nvL INPUT
S iptables -S INPUT
