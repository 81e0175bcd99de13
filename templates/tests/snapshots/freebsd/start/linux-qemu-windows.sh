#!/bin/sh
# plumb: petitecloud start host=linux hypervisor=qemu guest=windows
# from: qemu/start.plumb
set -eu
qemu-system-x86_64 -name fbsd1 \
  -accel kvm \
  -cpu host \
  -m 2048M -smp 2 \
  -rtc base=localtime \
  -drive file=/vm/fbsd1/disk0.img,if=ide,format=qcow2 \
  -netdev tap,id=net0,ifname=tap0,script=no,downscript=no \
  -device e1000,netdev=net0,mac=58:9c:fc:00:00:01 \
  -serial unix:/vm/fbsd1/console.sock,server=on,wait=off \
  -usb -device usb-tablet \
  -display none -daemonize -pidfile /vm/fbsd1/qemu.pid \
  -monitor unix:/vm/fbsd1/monitor.sock,server=on,wait=off
