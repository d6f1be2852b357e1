# -m connbytes, -m dccp, -m devgroup.
iptables -A INPUT -m connbytes --connbytes 10000: --connbytes-dir both --connbytes-mode bytes -j ACCEPT
iptables -A INPUT -m connbytes --connbytes 10:100 --connbytes-dir original --connbytes-mode packets -j ACCEPT
iptables -A INPUT -m connbytes ! --connbytes 10:100 --connbytes-dir reply --connbytes-mode avgpkt -j ACCEPT
iptables -A INPUT -m connbytes ! --connbytes 500 --connbytes-dir both --connbytes-mode bytes -j ACCEPT
iptables -A INPUT -m connbytes --connbytes 0 --connbytes-dir both --connbytes-mode bytes -j ACCEPT
iptables -A INPUT -m connbytes --connbytes :100 --connbytes-dir both --connbytes-mode bytes -j ACCEPT
iptables -A INPUT -m connbytes --connbytes 18446744073709551615 --connbytes-dir both --connbytes-mode bytes -j ACCEPT
iptables -A INPUT -m connbytes --connbytes 18446744073709551616 --connbytes-dir both --connbytes-mode bytes -j ACCEPT
iptables -A INPUT -m connbytes --connbytes 100:10 --connbytes-dir both --connbytes-mode bytes -j ACCEPT
iptables -A INPUT -m connbytes --connbytes 10 --connbytes-dir both -j ACCEPT
iptables -A INPUT -m connbytes --connbytes 10 --connbytes-mode bytes -j ACCEPT
iptables -A INPUT -m connbytes --connbytes-dir both --connbytes-mode bytes -j ACCEPT
iptables -A INPUT -m connbytes --connbytes 10 --connbytes-dir sideways --connbytes-mode bytes -j ACCEPT
iptables -A INPUT -m connbytes --connbytes 10 --connbytes-dir both --connbytes-mode bits -j ACCEPT
iptables -A INPUT -m connbytes --connbytes x --connbytes-dir both --connbytes-mode bytes -j ACCEPT
iptables -A INPUT -m connbytes --connbytes 1:2:3 --connbytes-dir both --connbytes-mode bytes -j ACCEPT
iptables -S INPUT
iptables -L INPUT
iptables -L INPUT -n -v
iptables -F INPUT
iptables -A INPUT -p dccp --dport 5 -j ACCEPT
iptables -A INPUT -p dccp --sport 1000:2000 --dport 80 -j ACCEPT
iptables -A INPUT -p dccp -m dccp ! --sport 5 ! --dport 6:7 -j ACCEPT
iptables -A INPUT -p dccp -m dccp --dccp-types REQUEST,RESPONSE,DATA,ACK,DATAACK,CLOSEREQ,CLOSE,RESET,SYNC,SYNCACK,INVALID -j ACCEPT
iptables -A INPUT -p dccp -m dccp ! --dccp-types RESET -j DROP
iptables -A INPUT -p dccp -m dccp --dccp-option 4 -j ACCEPT
iptables -A INPUT -p dccp -m dccp ! --dccp-option 255 -j ACCEPT
iptables -A INPUT -p dccp -m dccp --dccp-types request -j ACCEPT
iptables -A INPUT -p dccp -m dccp --dccp-types FOO -j ACCEPT
iptables -A INPUT -p dccp -m dccp --dccp-option 256 -j ACCEPT
iptables -A INPUT -p dccp -m dccp --sport 70000 -j ACCEPT
iptables -A INPUT -p dccp -m dccp --sport http -j ACCEPT
iptables -A INPUT -p dccp -m dccp --sport 9:8 -j ACCEPT
iptables -A INPUT -p dccp -m dccp --dport 1 --dport 2 -j ACCEPT
iptables -A INPUT -p tcp -m dccp --dport 1 -j ACCEPT
iptables -A INPUT -m dccp --dport 1 -j ACCEPT
iptables -A INPUT -p dccp -m dccp -j ACCEPT
iptables -A INPUT -p dccp -j ACCEPT
iptables -A INPUT -p 33 --dport 9 -j ACCEPT
iptables -S INPUT
iptables -L INPUT
iptables -L INPUT -n -v
iptables -F INPUT
iptables -A INPUT -m devgroup --src-group 1 -j ACCEPT
iptables -A INPUT -m devgroup --src-group 0x10/0xf0 -j ACCEPT
iptables -A INPUT -m devgroup ! --src-group 2 ! --dst-group 3 -j ACCEPT
iptables -A FORWARD -m devgroup --dst-group 4294967295 -j ACCEPT
iptables -A INPUT -m devgroup --src-group default -j ACCEPT
iptables -A INPUT -m devgroup --src-group 0 -j ACCEPT
iptables -A INPUT -m devgroup --src-group nosuchgroup -j ACCEPT
iptables -A INPUT -m devgroup --src-group 4294967296 -j ACCEPT
iptables -A INPUT -m devgroup --src-group 1/x -j ACCEPT
iptables -A INPUT -m devgroup --src-group 1x -j ACCEPT
iptables -A INPUT -m devgroup -j ACCEPT
iptables -A INPUT -m devgroup --src-group 1 --src-group 2 -j ACCEPT
iptables -S
iptables -L
iptables -L -n -v
iptables-save
iptables -m connbytes -h | tail -n 5
iptables -m dccp -h | tail -n 8
iptables -m devgroup -h | tail -n 4
