# sysctl: files (-p, --system), forwarding switches, names only, patterns, quiet, dry run, the other keys.
sysctl -w net.ipv4.conf.all.forwarding=1
sysctl net.ipv4.ip_forward net.ipv4.conf.default.forwarding net.ipv4.conf.lo.forwarding net.ipv4.conf.all.accept_redirects
sysctl -w net.ipv4.conf.default.forwarding=0
sysctl net.ipv4.ip_forward net.ipv4.conf.all.forwarding
ip link add veth0 type veth peer name veth1
sysctl net.ipv4.conf.veth0.forwarding
sysctl -w net.ipv4.ip_forward=0
sysctl net.ipv4.conf.veth0.forwarding net.ipv4.conf.all.accept_redirects
sysctl -w net.ipv6.conf.all.forwarding=1
sysctl net.ipv6.conf.veth0.forwarding net.ipv6.conf.default.forwarding net.ipv4.conf.all.forwarding
printf 'net.ipv4.ip_forward = 1\n# comment\n; also\nnet.ipv4.conf.all.rp_filter=2\n-net.ipv4.nope = 1\nnet.ipv4.nope2 = 1\nbad line\n' > /tmp/s.conf
sysctl -p /tmp/s.conf
sysctl -q -p /tmp/s.conf
sysctl -p /tmp/nonexistent.conf
sysctl -p
sysctl --system
sysctl --dry-run -w net.ipv4.ip_forward=0
sysctl net.ipv4.ip_forward
sysctl -N net.ipv4.ip_forward
sysctl -e net.ipv4.nope net.ipv4.ip_forward
sysctl net.ipv4.nope net.ipv4.nope2
sysctl net.ipv4.tcp_congestion_control
sysctl -w net.ipv4.tcp_congestion_control=reno
sysctl -w net.ipv4.tcp_congestion_control=nope
sysctl kernel.hostname
sysctl kernel.ostype
sysctl -a -r '^net\.core\.'
sysctl -a -N -r '^net\.bridge'
sysctl -n net.bridge.bridge-nf-call-iptables
sysctl net.netfilter.nf_conntrack_max
sysctl -w net.ipv4.ip_forward=1 net.ipv4.conf.all.rp_filter=1
sysctl -z
sysctl --bogus
sysctl -V
