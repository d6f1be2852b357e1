# hostname and hostname -I.
hostname
hostname -I
hostname -s
hostname -f
hostname -d
ip link set lo up
hostname -I
ip link add veth0 type veth peer name veth1
ip addr add 10.0.0.1/24 dev veth0
hostname -I
ip link set veth0 up
hostname -I
ip link set veth1 up
hostname -I
ip addr add 192.168.1.1/24 dev veth1
hostname -I
hostname -i
hostname --all-ip-addresses
hostname -x
