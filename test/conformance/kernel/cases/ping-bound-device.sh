# ping -I IFACE binds the socket to the link (SO_BINDTODEVICE): the echo leaves by that link whatever the
# routes say. Out lo to another host's address it comes back in on lo and is dropped; out a link with no
# route to the destination the kernel assumes it is on that link and asks ARP there.
ip netns add k-c
ip netns add k-s
ip link add veth-c type veth peer name veth-s
ip link set veth-c netns k-c
ip link set veth-s netns k-s
ip -n k-c addr add 10.1.0.1/24 dev veth-c
ip -n k-s addr add 10.1.0.2/24 dev veth-s
ip -n k-s addr add 10.3.0.2/24 dev veth-s
ip -n k-c link set lo up
ip -n k-c link set veth-c up
ip -n k-s link set lo up
ip -n k-s link set veth-s up
C() { ip netns exec k-c "$@"; }
S() { ip netns exec k-s "$@"; }
C iptables -A OUTPUT -o lo -p icmp
C iptables -A OUTPUT -o veth-c -p icmp
C iptables -A INPUT -i lo -p icmp
C iptables -A INPUT -i veth-c -p icmp
C iptables -t raw -A PREROUTING -i lo -p icmp
echo "== -I lo to the peer"
C ping -c 1 -W 1 -I lo 10.1.0.2 2>/tmp/err; echo "rc=$?"
cat /tmp/err
echo "== the counters"
C iptables -nvL OUTPUT
C iptables -nvL INPUT
C iptables -t raw -nvL PREROUTING
echo "== no route without -I"
C ping -c 1 -W 1 10.3.0.2; echo "rc=$?"
echo "== -I veth-c to an address no route leads to"
C iptables -Z
C ping -c 1 -W 1 -I veth-c 10.3.0.2 2>/tmp/err; echo "rc=$?"
cat /tmp/err
C iptables -nvL OUTPUT
C ip neigh show dev veth-c | cut -d' ' -f1,4
echo "== -I lo to its own address"
C ping -c 1 -W 1 -I lo 10.1.0.1 2>/tmp/err; echo "rc=$?"
cat /tmp/err
echo "== -I veth-c to 127.0.0.1"
C ping -c 1 -W 1 -I veth-c 127.0.0.1 2>/tmp/err; echo "rc=$?"
cat /tmp/err
