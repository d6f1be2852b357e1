# -m u32: tests, ranges, operators, and its parse errors (at char N).
iptables -A INPUT -m u32 --u32 "0>>22&0x3C@12>>26&0x3C@0=0x12345678" -j ACCEPT
iptables -A INPUT -m u32 --u32 "6&0xFF=1:16" -j ACCEPT
iptables -A INPUT -m u32 ! --u32 "0&0xFFFF=0x100:0xFFFF" -j DROP
iptables -A INPUT -m u32 --u32 "0>>22&0x3C@4>>16=0x50,443,8000:8080 && 0>>22&0x3C@8=0" -j ACCEPT
iptables -A INPUT -m u32 --u32 " 12 = 167772161 " -j ACCEPT
iptables -A INPUT -m u32 --u32 "16>>8&0xff=1" -j ACCEPT
iptables -A INPUT -m u32 --u32 "0=1&&4=2&&8=3" -j ACCEPT
iptables -A INPUT -m u32 --u32 "" -j ACCEPT
iptables -A INPUT -m u32 --u32 "0" -j ACCEPT
iptables -A INPUT -m u32 --u32 "0=" -j ACCEPT
iptables -A INPUT -m u32 --u32 "=1" -j ACCEPT
iptables -A INPUT -m u32 --u32 "0<8=1" -j ACCEPT
iptables -A INPUT -m u32 --u32 "0>8=1" -j ACCEPT
iptables -A INPUT -m u32 --u32 "0+8=1" -j ACCEPT
iptables -A INPUT -m u32 --u32 "0=1&2=3" -j ACCEPT
iptables -A INPUT -m u32 --u32 "0=1 2" -j ACCEPT
iptables -A INPUT -m u32 --u32 "0=x" -j ACCEPT
iptables -A INPUT -m u32 --u32 "0=99999999999" -j ACCEPT
iptables -A INPUT -m u32 --u32 "0=1&&" -j ACCEPT
iptables -A INPUT -m u32 --u32 "0=1,2,3,4,5,6,7,8,9,10,11" -j ACCEPT
iptables -A INPUT -m u32 --u32 "0&1&2&3&4&5&6&7&8&9&10=1" -j ACCEPT
iptables -A INPUT -m u32 --u32 "0=1&&0=1&&0=1&&0=1&&0=1&&0=1&&0=1&&0=1&&0=1&&0=1&&0=1" -j ACCEPT
iptables -A INPUT -m u32 --u32 "0=1&&0=1&&0=1&&0=1&&0=1&&0=1&&0=1&&0=1&&0=1&&0=1" -j ACCEPT
iptables -A INPUT -m u32 --u32 "0=1:" -j ACCEPT
iptables -A INPUT -m u32 -j ACCEPT
iptables -A INPUT -m u32 --u32 "0=1" --u32 "4=1" -j ACCEPT
iptables -S INPUT
iptables -L INPUT
iptables -L INPUT -n -v
iptables-save -t filter
iptables -D INPUT -m u32 --u32 "6&0xFF=1:16" -j ACCEPT
iptables -C INPUT -m u32 --u32 "0x0>>0x16&0x3c@0xc>>0x1a&0x3c@0x0=0x12345678" -j ACCEPT
printf '*filter\n-A FORWARD -m u32 --u32 "0>>22&0x3C@0>>16=80"\n-A FORWARD -m u32 --u32 "0=" -j DROP\nCOMMIT\n' | iptables-restore
printf '*filter\n-A FORWARD -m u32 --u32 "0>>22&0x3C@0>>16=80" -j DROP\nCOMMIT\n' | iptables-restore --noflush
iptables -S FORWARD
iptables -m u32 -h | tail -n 8
iptables -A INPUT -m u32 --u32 "16<<8=0x200" -j ACCEPT
iptables -S INPUT | tail -n 1
