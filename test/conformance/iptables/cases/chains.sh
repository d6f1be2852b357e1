# User chains: -N -X -E -P -F -Z, references, jumps, gotos and RETURN.
iptables -N WEB
iptables -N WEB
iptables -N web
iptables -N INPUT
iptables -N ACCEPT
iptables -N DROP
iptables -N RETURN
iptables -N foo-bar_baz.1
iptables -N "has space"
iptables -N a23456789012345678901234567890
iptables -N a234567890123456789012345678901
iptables -N -bad
iptables -N !bang
iptables -N
iptables --new-chain LOGDROP
iptables -S
iptables -A INPUT -p tcp -j WEB
iptables -A WEB -s 10.0.0.0/8 -j RETURN
iptables -A WEB -j LOGDROP
iptables -A LOGDROP -j DROP
iptables -A FORWARD -g WEB
iptables -A FORWARD --goto LOGDROP
iptables -A FORWARD -j NOSUCHCHAIN
iptables -A FORWARD -g NOSUCHCHAIN
iptables -A FORWARD -g ACCEPT
iptables -A FORWARD -g INPUT
iptables -A FORWARD -j INPUT
iptables -A WEB -j WEB
iptables -A LOGDROP -j WEB
iptables -L -n
iptables -S
iptables -X WEB
iptables -X LOGDROP
iptables -X INPUT
iptables -X nosuch
iptables -F WEB
iptables -X WEB
iptables -D INPUT -p tcp -j WEB
iptables -D FORWARD 1
iptables -X WEB
iptables -S
iptables -E LOGDROP LOG_DROP
iptables -E LOG_DROP web
iptables -E nosuch other
iptables -E web INPUT
iptables -E web
iptables --rename-chain web LOG_AND_DROP
iptables -S
iptables -P INPUT DROP
iptables -P FORWARD DROP
iptables -P OUTPUT ACCEPT
iptables -P INPUT RETURN
iptables -P INPUT REJECT
iptables -P INPUT drop
iptables -P INPUT
iptables -P LOG_AND_DROP DROP
iptables -P nosuch DROP
iptables --policy INPUT ACCEPT
iptables -S
iptables -L -n
iptables -N EMPTY
iptables -L EMPTY
iptables -L EMPTY -v
iptables -S EMPTY
iptables -X EMPTY
iptables -L EMPTY
iptables -S EMPTY
iptables -N A
iptables -N B
iptables -N C
iptables -A A -j B
iptables -A B -j C
iptables -A C -j A
iptables -A C -g A
iptables -A C -j RETURN
iptables -S
iptables -F
iptables -X
iptables -S
iptables -N KEEP
iptables -A INPUT -j KEEP
iptables -X
iptables -S
iptables -D INPUT -j KEEP
iptables -X
iptables -S
iptables -N one
iptables -N two
iptables -N three
iptables -X one two
iptables -S
iptables --delete-chain
iptables -S
iptables -N FULL
iptables -A FULL -j ACCEPT
iptables -X FULL
iptables -S FULL
iptables -t nat -N FULL
iptables -t nat -A FULL -j RETURN
iptables -t nat -X FULL
iptables -F FULL
iptables -X FULL
iptables -t nat -X
iptables -t nat -F FULL
iptables -t nat -X
iptables -t nat -S
