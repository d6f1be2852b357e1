# -m connlimit: UDP flows counted per source (a closed port answers, so nc -u -z fails until a flow is dropped), TCP per /24.
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
S iptables -A INPUT -p udp --dport 5000 -m connlimit --connlimit-above 2 -j DROP
S iptables -A INPUT -p udp --dport 5000 -m connlimit --connlimit-upto 2
S iptables -A INPUT -p tcp --dport 80 --syn -m connlimit --connlimit-above 0 --connlimit-mask 24
S iptables -A INPUT -p tcp --dport 80 --syn -m connlimit --connlimit-above 1 --connlimit-daddr
echo "== four udp flows"
for i in 1 2 3 4; do C nc -vzu -w 1 10.1.0.2 5000; echo "rc=$?"; done
echo "== two tcp connections"
C nc -z 10.1.0.2 80; echo "rc=$?"
C nc -z 10.1.0.2 80; echo "rc=$?"
echo "== counters"
S iptables -nvL INPUT
S iptables -S INPUT
S conntrack -L -p udp 2>/dev/null | wc -l
