# veth pairs: names, indexes, carrier, M-DOWN, LOWERLAYERDOWN, deletion.
ip link add veth0 type veth peer name veth1
ip link
ip link add veth0 type veth peer name veth2
ip link add veth3 type veth peer name veth1
ip link add veth4 type veth peer name veth4
ip link add type veth
ip link add type veth peer name foo
ip link add veth9 type veth peer veth10
ip link add veth6 type veth
ip -br link
ip link set veth1 up
ip -br link
ip link set veth1 down
ip link set veth0 up
ip link show veth0
ip link set veth1 up
ip link show veth0
ip link show veth1
ip link set veth1 down
ip link show veth0
ip link set veth0 down
ip link show veth0
ip link del veth1
ip link show veth0
ip link del veth2
ip -br link
ip link del nope
ip link delete foo
ip link del dev veth10
ip -br link
ip link add veth20 type veth peer name veth21
ip link show veth20
