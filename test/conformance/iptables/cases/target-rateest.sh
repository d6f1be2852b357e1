# -j RATEEST and -m rateest: estimators by name, intervals, rates, modes.
iptables -A INPUT -j RATEEST --rateest-name est1 --rateest-interval 250ms --rateest-ewmalog 1s
iptables -A INPUT -j RATEEST --rateest-name est2 --rateest-interval 1 --rateest-ewmalog 8
iptables -A INPUT -j RATEEST --rateest-name est3 --rateest-interval 3s --rateest-ewmalog 2s
iptables -A INPUT -j RATEEST --rateest-name est4 --rateest-interval 1s
iptables -A INPUT -j RATEEST --rateest-interval 1s --rateest-ewmalog 2s
iptables -A INPUT -j RATEEST --rateest-name est5 --rateest-interval 7s --rateest-ewmalog 2s
iptables -A INPUT -j RATEEST --rateest-name est6 --rateest-interval x --rateest-ewmalog 2s
iptables -A INPUT -j RATEEST --rateest-name est7 --rateest-interval 9s --rateest-ewmalog 64s
iptables -A INPUT -j RATEEST --rateest-name est8 --rateest-interval 1s --rateest-ewmalog 8s
iptables -A INPUT -j RATEEST --rateest-name est9 --rateest-interval 500msec --rateest-ewmalog 4SEC
iptables -A INPUT -j RATEEST --rateest-name est10 --rateest-interval 2s --rateest-ewmalog 1.5s
iptables -A INPUT -j RATEEST --rateest-name est1 --rateest-interval 1s --rateest-ewmalog 8s
iptables -A INPUT -j RATEEST --rateest-name est1 --rateest-interval 250ms --rateest-ewmalog 1s
iptables -A INPUT -j RATEEST --rateest-name abcdefghijklmnopqrst --rateest-interval 1s --rateest-ewmalog 8s
iptables -A INPUT -m rateest --rateest est1 --rateest-gt --rateest-bps 1mbit -j ACCEPT
iptables -A INPUT -m rateest --rateest1 est1 --rateest-lt --rateest-pps1 100 -j ACCEPT
iptables -A INPUT -m rateest --rateest1 est1 --rateest2 est2 --rateest-delta --rateest-bps1 10kbit --rateest-bps2 20kbit ! --rateest-eq -j ACCEPT
iptables -A INPUT -m rateest --rateest1 est1 --rateest2 est2 --rateest-lt --rateest-bps -j ACCEPT
iptables -A INPUT -m rateest --rateest1 est1 --rateest2 est2 --rateest-gt --rateest-pps -j ACCEPT
iptables -A INPUT -m rateest --rateest est1 --rateest-eq --rateest-bps 1500 -j ACCEPT
iptables -A INPUT -m rateest --rateest est1 --rateest-eq --rateest-bps 2gbit -j ACCEPT
iptables -A INPUT -m rateest --rateest est1 --rateest-eq --rateest-bps 10KBps -j ACCEPT
iptables -A INPUT -m rateest --rateest est1 --rateest-eq --rateest-bps 3fast -j ACCEPT
iptables -A INPUT -m rateest --rateest est1 --rateest-eq --rateest-pps x -j ACCEPT
iptables -A INPUT -m rateest --rateest1 est1 --rateest2 est2 --rateest-gt -j ACCEPT
iptables -A INPUT -m rateest --rateest1 nosuch --rateest-gt --rateest-bps1 1 -j ACCEPT
iptables -A INPUT -m rateest --rateest1 est1 --rateest-bps1 1 -j ACCEPT
iptables -A INPUT -m rateest --rateest-gt -j ACCEPT
iptables -A INPUT -m rateest --rateest1 est1 --rateest1 est2 --rateest-gt --rateest-bps -j ACCEPT
iptables -A INPUT -m rateest ! --rateest1 est1 --rateest-gt --rateest-bps -j ACCEPT
iptables -A INPUT -m rateest --rateest1 est1 --rateest-gt --rateest-lt --rateest-bps -j ACCEPT
iptables -A INPUT -m rateest --rateest1 est1 --rateest-gt ! --rateest-bps -j ACCEPT
iptables -A INPUT -m rateest --rateest1 est1 --rateest-delta --rateest-delta --rateest-gt --rateest-bps -j ACCEPT
iptables -A INPUT -m rateest -j ACCEPT
iptables -S INPUT
iptables -L INPUT
iptables -L INPUT -n -v
iptables-save
iptables-save | iptables-restore; echo $?
iptables -F INPUT
iptables -t mangle -A PREROUTING -m rateest --rateest est1 --rateest-gt --rateest-bps 1 -j ACCEPT
iptables -t mangle -A PREROUTING -j RATEEST --rateest-name est1 --rateest-interval 250ms --rateest-ewmalog 1s
iptables -t mangle -A PREROUTING -m rateest --rateest est1 --rateest-gt --rateest-bps 1 -j ACCEPT
iptables -t mangle -S
iptables -j RATEEST -h | tail -n 4
iptables -m rateest -h | tail -n 11
