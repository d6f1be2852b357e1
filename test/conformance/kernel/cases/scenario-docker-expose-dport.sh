# nflab-counters: hit
# scenarios/docker/expose-to-one-ip, the classic wrong answer: after Docker's
# DNAT the packet in DOCKER-USER is for port 80, so --dport 8080 never matches.
# The lab host (k-lab, 198.51.100.10, uplink eth0) runs Docker 27 with one
# container, web (172.17.0.2), published as -p 8080:80: Docker's rule set
# (DOCKER, DOCKER-USER, DOCKER-ISOLATION-STAGE-1/2, DNAT 8080 -> 172.17.0.2:80,
# MASQUERADE), loaded with iptables. alice (203.0.113.7) and mallory
# (203.0.113.66) reach it through a router (k-inet).
ip link set lo up
# (each eth0 is made under a temporary name: the lab host has an eth0 of its own)
ip netns add k-lab
ip netns add k-web
ip netns add k-inet
ip netns add k-alice
ip netns add k-mallory
L() { ip netns exec k-lab "$@"; }
ip -n k-lab link add docker0 type bridge
ip -n k-lab addr add 172.17.0.1/16 dev docker0
ip link add tmp1 type veth peer name veth1
ip link set tmp1 netns k-web
ip -n k-web link set tmp1 name eth0
ip link set veth1 netns k-lab
ip -n k-lab link set veth1 master docker0
ip link add tmp2 type veth peer name up0
ip link set tmp2 netns k-lab
ip -n k-lab link set tmp2 name eth0
ip link set up0 netns k-inet
ip -n k-inet link add br0 type bridge
ip link add tmp3 type veth peer name va
ip link set tmp3 netns k-alice
ip -n k-alice link set tmp3 name eth0
ip link set va netns k-inet
ip -n k-inet link set va master br0
ip link add tmp4 type veth peer name vm
ip link set tmp4 netns k-mallory
ip -n k-mallory link set tmp4 name eth0
ip link set vm netns k-inet
ip -n k-inet link set vm master br0
ip -n k-lab addr add 198.51.100.10/24 dev eth0
ip -n k-inet addr add 198.51.100.1/24 dev up0
ip -n k-inet addr add 203.0.113.1/24 dev br0
ip -n k-alice addr add 203.0.113.7/24 dev eth0
ip -n k-mallory addr add 203.0.113.66/24 dev eth0
ip -n k-web addr add 172.17.0.2/16 dev eth0
for ns in k-lab k-web k-inet k-alice k-mallory; do ip -n $ns link set lo up; done
for dev in docker0 veth1 eth0; do ip -n k-lab link set $dev up; done
for dev in up0 br0 va vm; do ip -n k-inet link set $dev up; done
for ns in k-web k-alice k-mallory; do ip -n $ns link set eth0 up; done
ip -n k-lab route add default via 198.51.100.1
ip -n k-web route add default via 172.17.0.1
ip -n k-alice route add default via 203.0.113.1
ip -n k-mallory route add default via 203.0.113.1
ip netns exec k-inet sysctl -w net.ipv4.ip_forward=1 >/dev/null
L sysctl -w net.ipv4.ip_forward=1 >/dev/null
# Docker 27's rules for docker0 and web -p 8080:80.
L iptables -N DOCKER
L iptables -N DOCKER-ISOLATION-STAGE-1
L iptables -N DOCKER-ISOLATION-STAGE-2
L iptables -N DOCKER-USER
L iptables -P FORWARD DROP
L iptables -A FORWARD -j DOCKER-USER
L iptables -A FORWARD -j DOCKER-ISOLATION-STAGE-1
L iptables -A FORWARD -o docker0 -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT
L iptables -A FORWARD -o docker0 -j DOCKER
L iptables -A FORWARD -i docker0 ! -o docker0 -j ACCEPT
L iptables -A FORWARD -i docker0 -o docker0 -j ACCEPT
L iptables -A DOCKER -d 172.17.0.2/32 ! -i docker0 -o docker0 -p tcp -m tcp --dport 80 -j ACCEPT
L iptables -A DOCKER-ISOLATION-STAGE-1 -i docker0 ! -o docker0 -j DOCKER-ISOLATION-STAGE-2
L iptables -A DOCKER-ISOLATION-STAGE-1 -j RETURN
L iptables -A DOCKER-ISOLATION-STAGE-2 -o docker0 -j DROP
L iptables -A DOCKER-ISOLATION-STAGE-2 -j RETURN
L iptables -A DOCKER-USER -j RETURN
L iptables -t nat -N DOCKER
L iptables -t nat -A PREROUTING -m addrtype --dst-type LOCAL -j DOCKER
L iptables -t nat -A OUTPUT ! -d 127.0.0.0/8 -m addrtype --dst-type LOCAL -j DOCKER
L iptables -t nat -A POSTROUTING -s 172.17.0.0/16 ! -o docker0 -j MASQUERADE
L iptables -t nat -A POSTROUTING -s 172.17.0.2/32 -d 172.17.0.2/32 -p tcp -m tcp --dport 80 -j MASQUERADE
L iptables -t nat -A DOCKER -i docker0 -j RETURN
L iptables -t nat -A DOCKER ! -i docker0 -p tcp -m tcp --dport 8080 -j DNAT --to-destination 172.17.0.2:80
ip netns exec k-web nc -lk 80 >/dev/null &
sleep 0.3
echo "== before any rule of ours: alice"
ip netns exec k-alice nc -vz -w 1 198.51.100.10 8080; echo "rc=$?"
echo "== before any rule of ours: mallory"
ip netns exec k-mallory nc -vz -w 1 198.51.100.10 8080; echo "rc=$?"
L iptables -I DOCKER-USER -p tcp --dport 8080 ! -s 203.0.113.7 -j DROP
echo "== --dport 8080 rule: alice"
ip netns exec k-alice nc -vz -w 1 198.51.100.10 8080; echo "rc=$?"
echo "== --dport 8080 rule: mallory"
ip netns exec k-mallory nc -vz -w 1 198.51.100.10 8080; echo "rc=$?"
echo "== DOCKER-USER counters"
L iptables -nvL DOCKER-USER
