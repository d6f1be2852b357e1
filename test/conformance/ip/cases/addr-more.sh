# Addresses: /31 and /32, brd -, metric, noprefixroute, scopes, filters, promotion of secondaries.
ip link add veth0 type veth peer name veth1
ip link set veth0 up
ip link set veth1 up
ip addr add 10.1.0.1/31 dev veth0
ip addr add 10.2.0.1/32 dev veth0
ip addr add 10.3.0.1/24 brd - dev veth0
ip addr add 10.4.0.1/24 dev veth0 metric 50
ip addr add 10.5.0.1/24 dev veth0 noprefixroute
ip addr add 10.6.0.1/24 dev veth0 scope link
ip addr add 10.6.0.2/24 dev veth0 scope host
ip addr add 127.0.0.5/8 dev veth0
ip addr show veth0
ip route
ip route show table local
ip addr show scope link
ip addr show scope host
ip addr show scope global dev veth0
ip addr show to 10.4.0.0/16
ip addr show label veth0
ip addr show primary dev veth0
ip addr show secondary dev veth0
ip -4 addr show up
ip addr add 10.4.0.2/24 dev veth0
ip addr add 10.4.0.3/24 dev veth0
sysctl -w net.ipv4.conf.veth0.promote_secondaries=1
ip addr del 10.4.0.1/24 dev veth0
ip addr show dev veth0
ip route
ip route show table local
ip addr flush dev veth0 scope host
ip -4 addr show dev veth0
ip -6 addr flush dev veth0
ip addr show dev veth0
ip route show table all
ip -4 addr flush label veth0
ip addr show dev veth0
ip addr add 10.7.0.1/24 dev veth0
ip addr replace 10.7.0.1/24 dev veth0 brd +
ip addr show dev veth0
ip addr change 10.7.0.1/24 dev veth0 brd 10.7.0.255
ip addr add 10.7.0.9/24 dev veth0 scope link
ip addr add 224.0.0.5/24 dev veth0
ip addr show dev veth0
