#!/bin/sh
# plumb: petitecloud start host=linux hypervisor=qemu guest=windows
# from: qemu/start.plumb
set -eu
qemu-system-x86_64 -name web1 \
  -accel kvm \
  -cpu host \
  -m 1024M -smp 2 \
  -rtc base=localtime \
  -drive file=/vm/web1/root.img,if=ide,format=raw \
  -drive file=/vm/web1/data.img,if=ide,format=raw \
  -netdev tap,id=net0,ifname=tap1,script=no,downscript=no \
  -device e1000,netdev=net0,mac=58:9c:fc:00:00:02 \
  -usb -device usb-tablet \
  -display none -daemonize -pidfile /vm/web1/qemu.pid \
  -monitor unix:/vm/web1/monitor.sock,server=on,wait=off
