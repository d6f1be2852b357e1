# ip's own options, its usage and version, and object abbreviations.
ip
ip -V
ip -Version
ip help
ip -h
ip nope
ip -nope link
ip -4 link
ip -6 addr
ip -0 addr
ip -family inet addr
ip -f inet6 addr
ip -f bogus addr
ip -s link
ip -details link
ip -brief link
ip -oneline link
ip --brief link
ip -- link
ip a help
ip addr help
ip link help
ip route help
ip neigh help
ip netns help
ip r g 127.0.0.1
ip ad
ip ro
ip li
ip n
ip neigh
ip neighbour show
ip -c link
ip -c -br link
ip -color=never link
