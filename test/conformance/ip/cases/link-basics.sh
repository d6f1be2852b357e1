# A fresh namespace: only lo, down; bringing it up; ip link and its short forms.
ip link
ip link show
ip l
ip link show lo
ip link show dev lo
ip link show nope
ip link set lo up
ip link
ip link list
ip link show up
ip -o link
ip -br link
ip link set lo down
ip link show lo
ip link set lo up
ip link set nope up
ip link set dev nope down
ip link set lo mtu 1500
ip link show lo
ip link set lo mtu 65536
ip link set lo mtu 70000
ip link set lo mtu abc
ip link set lo mtu
ip link set lo
ip link set
ip link bogus
ip link show lo extra
ip link del lo
