# -m cpu, -m realm, -m cluster.
iptables -A INPUT -m cpu --cpu 0 -j ACCEPT
iptables -A INPUT -m cpu ! --cpu 3 -j ACCEPT
iptables -A INPUT -m cpu --cpu 4294967295 -j ACCEPT
iptables -A INPUT -m cpu --cpu 4294967296 -j ACCEPT
iptables -A INPUT -m cpu --cpu x -j ACCEPT
iptables -A INPUT -m cpu -j ACCEPT
iptables -A INPUT -m realm --realm 1 -j ACCEPT
iptables -A INPUT -m realm ! --realm 0x10/0xff -j ACCEPT
iptables -A INPUT -m realm --realm cosmos -j ACCEPT
iptables -A INPUT -m realm --realm 0 -j ACCEPT
iptables -A INPUT -m realm --realm nosuchrealm -j ACCEPT
iptables -A INPUT -m realm -j ACCEPT
iptables -A OUTPUT -m realm --realm 1 -j ACCEPT
iptables -t mangle -A PREROUTING -m realm --realm 1 -j ACCEPT
iptables -A INPUT -m cluster --cluster-total-nodes 2 --cluster-local-node 1 --cluster-hash-seed 0xdeadbeef -j ACCEPT
iptables -A INPUT -m cluster --cluster-total-nodes 4 ! --cluster-local-node 2 -j ACCEPT
iptables -A INPUT -m cluster --cluster-total-nodes 4 --cluster-local-nodemask 0x5 -j ACCEPT
iptables -A INPUT -m cluster --cluster-total-nodes 4 ! --cluster-local-nodemask 5 --cluster-hash-seed 7 -j ACCEPT
iptables -A INPUT -m cluster --cluster-local-node 1 -j ACCEPT
iptables -A INPUT -m cluster --cluster-total-nodes 2 -j ACCEPT
iptables -A INPUT -m cluster --cluster-total-nodes 2 --cluster-local-node 3 -j ACCEPT
iptables -A INPUT -m cluster --cluster-total-nodes 2 --cluster-local-node 0 -j ACCEPT
iptables -A INPUT -m cluster --cluster-total-nodes 2 --cluster-local-node 1 --cluster-local-nodemask 1 -j ACCEPT
iptables -A INPUT -m cluster --cluster-total-nodes 33 --cluster-local-node 1 -j ACCEPT
iptables -A INPUT -m cluster --cluster-total-nodes 0 --cluster-local-node 1 -j ACCEPT
iptables -A INPUT -m cluster --cluster-total-nodes 2 --cluster-local-nodemask 4 -j ACCEPT
iptables -S
iptables -L
iptables -L -n -v
iptables-save
