# -m set: ipset lookups from the rules (src; dst,dst on a hash:ip,port set), ! --match-set, and a member deleted.
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
S nc -lk 80 >/dev/null &
S nc -lk 81 >/dev/null &
sleep 0.3
S ipset create allow hash:ip
S ipset add allow 10.1.0.1
S ipset create svc hash:ip,port
S ipset add svc 10.1.0.2,tcp:81
S iptables -A INPUT -p tcp -m set --match-set svc dst,dst -j ACCEPT
S iptables -A INPUT -p tcp --dport 80 -m set --match-set allow src -j ACCEPT
S iptables -A INPUT -p tcp --dport 80 -m set ! --match-set allow src -j REJECT --reject-with tcp-reset
echo "== from an address in the set"
C nc -vz -w 1 10.1.0.2 80; echo "rc=$?"
echo "== from another address"
C nc -vz -w 1 -s 10.1.0.3 10.1.0.2 80; echo "rc=$?"
echo "== a service in a hash:ip,port set"
C nc -vz -w 1 -s 10.1.0.3 10.1.0.2 81; echo "rc=$?"
echo "== after ipset del"
S ipset del allow 10.1.0.1
C nc -vz -w 1 10.1.0.2 80; echo "rc=$?"
echo "== counters"
S iptables -nvL INPUT
S iptables -S INPUT
echo "== the sets"
S ipset list -t allow | sed "s/initval 0x[0-9a-f]*/initval X/"
S ipset list svc | sed "s/initval 0x[0-9a-f]*/initval X/"
