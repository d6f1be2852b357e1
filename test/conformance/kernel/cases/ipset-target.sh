# The SET target: --add-set from a SYN's source, --del-set from a ping's, --add-set dst,dst from OUTPUT, and -m set on what it added.
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
S ipset create seen hash:ip
S ipset create peers hash:ip,port
S iptables -A INPUT -p tcp --dport 80 --syn -j SET --add-set seen src
S iptables -A INPUT -p icmp -j SET --del-set seen src
S iptables -A INPUT -p udp -m set --match-set seen src -j REJECT
S iptables -A OUTPUT -p tcp --tcp-flags SYN,ACK SYN,ACK -j SET --add-set peers dst,dst
echo "== udp before"
C nc -vzu -w 1 10.1.0.2 5000; echo "rc=$?"
echo "== a connection adds its source"
C nc -vz -w 1 10.1.0.2 80; echo "rc=$?"
S ipset list seen | sed "s/initval 0x[0-9a-f]*/initval X/"
S ipset list peers | sed -e "s/initval 0x[0-9a-f]*/initval X/" -e "s/tcp:[0-9]*$/tcp:PORT/"
echo "== udp now rejected"
C nc -vzu -w 1 10.1.0.2 5000; echo "rc=$?"
echo "== a ping removes it"
C ping -c 1 -W 1 10.1.0.2 >/dev/null; echo "rc=$?"
S ipset list seen | sed "s/initval 0x[0-9a-f]*/initval X/"
echo "== counters"
S iptables -nvL INPUT
S iptables -nvL OUTPUT
S iptables-save | grep -e SET -e set
