# sysctl: read, write, -n, -w, -e, -q, errors, per-link keys following links.
sysctl net.ipv4.ip_forward
sysctl -n net.ipv4.ip_forward
sysctl net/ipv4/ip_forward
sysctl -w net.ipv4.ip_forward=1
sysctl net.ipv4.ip_forward
sysctl net.ipv4.ip_forward=0
sysctl -w net.ipv4.ip_forward
sysctl -w net.ipv4.nope=1
sysctl net.ipv4.nope
sysctl -e net.ipv4.nope
sysctl -q -w net.ipv4.ip_forward=1
sysctl -n net.ipv4.ip_forward net.ipv4.conf.all.forwarding
sysctl net.ipv4.conf.all.rp_filter net.ipv4.conf.default.rp_filter
sysctl net.ipv4.conf.lo.rp_filter
sysctl net.ipv4.conf.veth0.rp_filter
ip link add veth0 type veth peer name veth1
sysctl net.ipv4.conf.veth0.rp_filter
sysctl -w net.ipv4.conf.veth0.rp_filter=2
sysctl -w net.ipv4.conf.default.rp_filter=1
ip link add veth2 type veth peer name veth3
sysctl net.ipv4.conf.veth2.rp_filter net.ipv4.conf.veth0.rp_filter
ip link set veth0 name eth9
sysctl net.ipv4.conf.eth9.rp_filter
sysctl net.ipv4.conf.veth0.rp_filter
ip link del eth9
sysctl net.ipv4.conf.eth9.rp_filter
sysctl net.ipv6.conf.veth2.mtu
ip link set veth2 mtu 9000
sysctl net.ipv6.conf.veth2.mtu
sysctl -a -r '^net\.ipv4\.conf\.veth2\.'
sysctl -a --pattern 'ip_forward'
sysctl -N -a -r 'forwarding$'
sysctl net.ipv4.conf.veth2
sysctl net.ipv4.route_localnet
sysctl net.ipv4.conf.all.route_localnet
sysctl -w net.ipv4.conf.all.route_localnet=1
sysctl net.bridge.bridge-nf-call-iptables
sysctl -w net.ipv4.ip_forward=abc
sysctl -w net.ipv4.ip_forward=
sysctl -w =1
sysctl
sysctl -x
sysctl -n
sysctl -b net.ipv4.ip_forward
sysctl net.core.somaxconn
sysctl -w net.ipv4.ip_local_port_range="1024 65000"
sysctl net.ipv4.ip_local_port_range
