#!/bin/sh
# plumb: petitecloud start host=macos hypervisor=qemu guest=windows
# from: qemu/start.plumb
set -eu
PATH="/opt/homebrew/bin:/usr/local/bin:$PATH"
qemu-system-x86_64 -name web1 \
  -accel hvf \
  -cpu host \
  -m 1024M -smp 2 \
  -rtc base=localtime \
  -drive file=/vm/web1/root.img,if=ide,format=raw \
  -drive file=/vm/web1/data.img,if=ide,format=raw \
  -netdev vmnet-bridged,id=net0,ifname=bridge0 \
  -device e1000,netdev=net0,mac=58:9c:fc:00:00:02 \
  -usb -device usb-tablet \
  -display none -daemonize -pidfile /vm/web1/qemu.pid \
  -monitor unix:/vm/web1/monitor.sock,server=on,wait=off
