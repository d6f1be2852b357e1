# The neighbour table: entries added by hand. (A table of several entries is listed in the
# kernel's hash order, random per boot: the case shows one entry at a time.)
ip neigh
ip link add veth0 type veth peer name veth1
ip addr add 10.0.0.1/24 dev veth0
ip link set veth0 up
ip link set veth1 up
ip neigh add 10.0.0.2 lladdr 02:00:00:00:00:02 dev veth0
ip neigh
ip neigh show dev veth0
ip neigh add 10.0.0.2 lladdr 02:00:00:00:00:02 dev veth0
ip neigh replace 10.0.0.2 lladdr 02:00:00:00:00:03 dev veth0
ip neigh add 10.0.0.3 lladdr 02:00:00:00:00:04 dev veth0 nud reachable
ip neigh show 10.0.0.2
ip neigh show 10.0.0.3
ip -j neigh show 10.0.0.3
ip -j -p neigh show dev veth0 10.0.0.2
ip neigh del 10.0.0.2 dev veth0
ip neigh del 10.0.0.2 dev veth0
ip neigh add 10.0.0.4 dev veth0
ip neigh add 10.0.0.5 lladdr zz dev veth0
ip neigh add 10.0.0.5 lladdr 02:00:00:00:00:05
ip neigh show 10.0.0.3
ip neigh flush dev veth0
ip neigh
ip -4 neigh
ip neigh add 10.0.0.9 lladdr 02:00:00:00:00:09 dev veth0
ip link set veth0 down
ip neigh
