# -m recent: --set and --rcheck --seconds --hitcount on SYNs, --update and --set on pings, --remove, /proc/net/xt_recent.
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
S iptables -A INPUT -p tcp --dport 80 --syn -m recent --set --name web
S iptables -A INPUT -p tcp --dport 80 --syn -m recent --rcheck --seconds 2 --hitcount 3 --name web -j REJECT --reject-with tcp-reset
S iptables -A INPUT -p icmp -m recent --update --seconds 30 --name ping -j DROP
S iptables -A INPUT -p icmp -m recent --set --name ping
echo "== two connections"
C nc -vz -w 1 10.1.0.2 80; echo "rc=$?"
C nc -vz -w 1 10.1.0.2 80; echo "rc=$?"
echo "== the third reaches the hit count"
C nc -vz -w 1 10.1.0.2 80; echo "rc=$?"
echo "== after the window"
sleep 2.2
C nc -vz -w 1 10.1.0.2 80; echo "rc=$?"
echo "== ping: --set, then --update drops"
C ping -c 1 -W 1 10.1.0.2 | grep -E 'received|bytes'; echo "rc=$?"
C ping -c 1 -W 1 10.1.0.2 | grep -E 'received|bytes'; echo "rc=$?"
echo "== the lists"
S ls /proc/net/xt_recent
S cat /proc/net/xt_recent/web | cut -d' ' -f1-3
S cat /proc/net/xt_recent/ping | cut -d' ' -f1-3
echo "== --remove"
S iptables -I INPUT -p icmp -m recent --remove --name ping
C ping -c 1 -W 1 10.1.0.2 | grep -e received; echo "rc=$?"
S iptables -nvL INPUT
S iptables -S INPUT
