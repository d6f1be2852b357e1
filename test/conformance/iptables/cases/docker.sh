# Docker 27 (classic layout): a fresh daemon, docker0 172.17.0.0/16, one container -p 8080:80,
# with the commands in the order and argument order Docker runs them (reference section 1.5).
iptables -t nat -N DOCKER
iptables -t filter -N DOCKER
iptables -t filter -N DOCKER-ISOLATION-STAGE-1
iptables -t filter -N DOCKER-ISOLATION-STAGE-2
iptables -A DOCKER-ISOLATION-STAGE-1 -j RETURN
iptables -A DOCKER-ISOLATION-STAGE-2 -j RETURN
iptables -t filter -N DOCKER-USER
iptables -A DOCKER-USER -j RETURN
iptables -t nat -C PREROUTING -m addrtype --dst-type LOCAL -j DOCKER
iptables -t nat -A PREROUTING -m addrtype --dst-type LOCAL -j DOCKER
iptables -t nat -C OUTPUT -m addrtype --dst-type LOCAL -j DOCKER ! --dst 127.0.0.0/8
iptables -t nat -A OUTPUT -m addrtype --dst-type LOCAL -j DOCKER ! --dst 127.0.0.0/8
iptables -P FORWARD DROP
iptables -t nat -C POSTROUTING -s 172.17.0.0/16 ! -o docker0 -j MASQUERADE
iptables -t nat -I POSTROUTING -s 172.17.0.0/16 ! -o docker0 -j MASQUERADE
iptables -t nat -C DOCKER -i docker0 -j RETURN
iptables -t nat -I DOCKER -i docker0 -j RETURN
iptables -t filter -C FORWARD -i docker0 -o docker0 -j ACCEPT
iptables -t filter -I FORWARD -i docker0 -o docker0 -j ACCEPT
iptables -t filter -C FORWARD -i docker0 ! -o docker0 -j ACCEPT
iptables -t filter -I FORWARD -i docker0 ! -o docker0 -j ACCEPT
iptables -t filter -C FORWARD -o docker0 -j DOCKER
iptables -t filter -I FORWARD -o docker0 -j DOCKER
iptables -t filter -C FORWARD -o docker0 -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT
iptables -t filter -I FORWARD -o docker0 -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT
iptables -t filter -D FORWARD -j DOCKER-ISOLATION-STAGE-1
iptables -t filter -I FORWARD -j DOCKER-ISOLATION-STAGE-1
iptables -t filter -C DOCKER-ISOLATION-STAGE-1 -i docker0 ! -o docker0 -j DOCKER-ISOLATION-STAGE-2
iptables -t filter -I DOCKER-ISOLATION-STAGE-1 -i docker0 ! -o docker0 -j DOCKER-ISOLATION-STAGE-2
iptables -t filter -C DOCKER-ISOLATION-STAGE-2 -o docker0 -j DROP
iptables -t filter -I DOCKER-ISOLATION-STAGE-2 -o docker0 -j DROP
iptables -t filter -D FORWARD -j DOCKER-USER
iptables -t filter -I FORWARD -j DOCKER-USER
iptables -t nat -A DOCKER -p tcp -d 0/0 --dport 8080 -j DNAT --to-destination 172.17.0.2:80 ! -i docker0
iptables -t filter -A DOCKER ! -i docker0 -o docker0 -p tcp -d 172.17.0.2 --dport 80 -j ACCEPT
iptables -t nat -A POSTROUTING -p tcp -s 172.17.0.2 -d 172.17.0.2 --dport 80 -j MASQUERADE
iptables-save
iptables-save -c
iptables-save -t nat
iptables-save -t filter
iptables -S
iptables -t nat -S
iptables -S FORWARD
iptables -S FORWARD 3
iptables -t nat -S DOCKER 2
iptables -S DOCKER-USER
iptables -L
iptables -nL
iptables -nvL
iptables -L --line-numbers
iptables -L -n --line-numbers -v -x
iptables -t nat -L
iptables -t nat -nL
iptables -t nat -nvL
iptables -t nat -L --line-numbers
iptables -t nat -L DOCKER -n
iptables -L FORWARD -n
iptables -L DOCKER-ISOLATION-STAGE-1 -n -v
printf '%s\n' '*filter' ':INPUT ACCEPT [0:0]' ':FORWARD DROP [0:0]' ':OUTPUT ACCEPT [0:0]' ':DOCKER - [0:0]' ':DOCKER-ISOLATION-STAGE-1 - [0:0]' ':DOCKER-ISOLATION-STAGE-2 - [0:0]' ':DOCKER-USER - [0:0]' '-A FORWARD -j DOCKER-USER' '-A FORWARD -j DOCKER-ISOLATION-STAGE-1' '-A FORWARD -o docker0 -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT' '-A FORWARD -o docker0 -j DOCKER' '-A FORWARD -i docker0 ! -o docker0 -j ACCEPT' '-A FORWARD -i docker0 -o docker0 -j ACCEPT' '-A DOCKER -d 172.17.0.2/32 ! -i docker0 -o docker0 -p tcp -m tcp --dport 80 -j ACCEPT' '-A DOCKER-ISOLATION-STAGE-1 -i docker0 ! -o docker0 -j DOCKER-ISOLATION-STAGE-2' '-A DOCKER-ISOLATION-STAGE-1 -j RETURN' '-A DOCKER-ISOLATION-STAGE-2 -o docker0 -j DROP' '-A DOCKER-ISOLATION-STAGE-2 -j RETURN' '-A DOCKER-USER -j RETURN' 'COMMIT' > /tmp/docker-filter.rules
iptables-save -t filter | grep -v '^#' | diff /tmp/docker-filter.rules - && echo "filter table matches the reference"
printf '%s\n' '*nat' ':PREROUTING ACCEPT [0:0]' ':INPUT ACCEPT [0:0]' ':OUTPUT ACCEPT [0:0]' ':POSTROUTING ACCEPT [0:0]' ':DOCKER - [0:0]' '-A PREROUTING -m addrtype --dst-type LOCAL -j DOCKER' '-A OUTPUT ! -d 127.0.0.0/8 -m addrtype --dst-type LOCAL -j DOCKER' '-A POSTROUTING -s 172.17.0.0/16 ! -o docker0 -j MASQUERADE' '-A POSTROUTING -s 172.17.0.2/32 -d 172.17.0.2/32 -p tcp -m tcp --dport 80 -j MASQUERADE' '-A DOCKER -i docker0 -j RETURN' '-A DOCKER ! -i docker0 -p tcp -m tcp --dport 8080 -j DNAT --to-destination 172.17.0.2:80' 'COMMIT' > /tmp/docker-nat.rules
iptables-save -t nat | grep -v '^#' | diff /tmp/docker-nat.rules - && echo "nat table matches the reference"
iptables -X DOCKER
iptables -t nat -X DOCKER
iptables -F DOCKER-USER
iptables -X DOCKER-USER
iptables -t nat -D DOCKER -p tcp -d 0/0 --dport 8080 -j DNAT --to-destination 172.17.0.2:80 ! -i docker0
iptables -t filter -D DOCKER ! -i docker0 -o docker0 -p tcp -d 172.17.0.2 --dport 80 -j ACCEPT
iptables -t nat -D POSTROUTING -p tcp -s 172.17.0.2 -d 172.17.0.2 --dport 80 -j MASQUERADE
iptables -t nat -D POSTROUTING -p tcp -s 172.17.0.2 -d 172.17.0.2 --dport 80 -j MASQUERADE
iptables -L DOCKER -n
iptables -t nat -L DOCKER -n
iptables -I DOCKER-USER -s 203.0.113.0/24 -j DROP
iptables -S DOCKER-USER
iptables-save
iptables-restore < /tmp/docker-filter.rules
iptables-restore -n < /tmp/docker-nat.rules
iptables-save
