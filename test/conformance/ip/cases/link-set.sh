# ip link set: mtu, name, address, txqueuelen, several changes at once; links made up and with options.
ip link add veth0 type veth peer name veth1
ip link set veth0 mtu 9000
ip link set veth0 mtu 9000 up
ip link show veth0
ip link set dev veth1 up mtu 1400 address 02:00:00:00:00:11
ip link show veth1
ip link set veth1 txqueuelen 500
ip link show veth1
ip link set veth1 name eth1
ip link
ip link set eth1 name veth0
ip link set eth1 name veth1 mtu 1300
ip link show veth1
ip link set veth1 address 01:00:00:00:00:01
ip link set veth1 address 00:00:00:00:00:00
ip link set veth1 address 02:00:00:00:00
ip link set veth1 mtu 67
ip link set veth1 up down
ip link show veth1
ip link add veth2 mtu 9000 type veth peer name veth3
ip link show veth2
ip link show veth3
ip link add veth4 up type veth peer name veth5
ip link show veth4
ip link add veth6 address 02:00:00:00:00:66 type veth peer name veth7 address 02:00:00:00:00:77
ip -br link show veth6
ip -br link show veth7
ip link add dev veth8 type veth peer name veth9
ip link add name veth10 type veth peer name veth11
ip -br link
ip link add veth12 type veth peer
ip link add veth12 type veth foo
ip link add type
ip link add veth12
ip link set veth0 name veth1
ip link set veth0 name ""
ip link set veth0 name a/b
ip link set lo address 02:00:00:00:00:01
ip link set lo name lo0
ip -br link
