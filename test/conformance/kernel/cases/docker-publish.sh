# docker run -p 8080:80: DNAT in a DOCKER chain reached by addrtype LOCAL,
# MASQUERADE for the containers' own traffic out.
ip link set lo up
# (each container end is made under a temporary name: the lab host has an eth0 of its own)
ip netns add k-h
ip netns add k-c1
ip netns add k-x
H() { ip netns exec k-h "$@"; }
ip -n k-h link add docker0 type bridge
ip -n k-h addr add 172.17.0.1/16 dev docker0
ip link add tmp1 type veth peer name veth1
ip link set tmp1 netns k-c1
ip -n k-c1 link set tmp1 name eth0
ip link set veth1 netns k-h
ip -n k-h link set veth1 master docker0
ip link add tmp2 type veth peer name ext0
ip link set tmp2 netns k-x
ip -n k-x link set tmp2 name eth0
ip link set ext0 netns k-h
ip -n k-h addr add 198.51.100.1/24 dev ext0
ip -n k-x addr add 198.51.100.7/24 dev eth0
ip -n k-c1 addr add 172.17.0.2/16 dev eth0
for ns in k-h k-c1 k-x; do ip -n $ns link set lo up; done
for dev in docker0 veth1 ext0; do ip -n k-h link set $dev up; done
ip -n k-c1 link set eth0 up
ip -n k-x link set eth0 up
ip -n k-c1 route add default via 172.17.0.1
H sysctl -w net.ipv4.ip_forward=1 >/dev/null
H iptables -t nat -N DOCKER
H iptables -t nat -A PREROUTING -m addrtype --dst-type LOCAL -j DOCKER
H iptables -t nat -A OUTPUT ! -d 127.0.0.0/8 -m addrtype --dst-type LOCAL -j DOCKER
H iptables -t nat -A POSTROUTING -s 172.17.0.0/16 ! -o docker0 -j MASQUERADE
H iptables -t nat -A DOCKER -i docker0 -j RETURN
H iptables -t nat -A DOCKER ! -i docker0 -p tcp --dport 8080 -j DNAT --to-destination 172.17.0.2:80
ip netns exec k-c1 nc -lk 80 >/dev/null &
ip netns exec k-x nc -lkn -v 9000 >/tmp/outside.log 2>&1 &
sleep 0.3
echo "== from outside to the published port"
ip netns exec k-x nc -vz -w 1 198.51.100.1 8080; echo "rc=$?"
echo "== from the host itself"
H nc -vz -w 1 198.51.100.1 8080; echo "rc=$?"
echo "== the container goes out, masqueraded"
ip netns exec k-c1 nc -vz -w 1 198.51.100.7 9000; echo "rc=$?"
sleep 0.3
cat /tmp/outside.log
echo "== nat"
H iptables -t nat -nvL
