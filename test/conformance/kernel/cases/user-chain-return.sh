# A user chain whose RETURN sends the packet back to the calling chain, and
# one that falls off its end.
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
S nc -lk 81 >/dev/null &
sleep 0.3
S iptables -N WEB
S iptables -A WEB -p tcp --dport 80 -j RETURN
S iptables -A WEB -j REJECT
S iptables -A INPUT -p tcp -j WEB
S iptables -A INPUT -p tcp --dport 80 -j REJECT --reject-with tcp-reset
echo "== port 80: RETURN, then the rule after the jump"
C nc -vz -w 1 10.1.0.2 80; echo "rc=$?"
echo "== port 81: rejected inside the chain"
C nc -vz -w 1 10.1.0.2 81; echo "rc=$?"
S iptables -D WEB 2
echo "== port 81: falls off the user chain, back to INPUT's policy"
C nc -vz -w 1 10.1.0.2 81; echo "rc=$?"
echo "== counters"
S iptables -nvL
