#!/bin/sh
# plumb: petitecloud start host=linux hypervisor=qemu guest=freebsd
# from: qemu/start.plumb
set -eu
qemu-system-x86_64 -name web1 \
  -accel kvm \
  -cpu host \
  -m 1024M -smp 2 \
  -drive file=/vm/web1/root.img,if=virtio,format=raw \
  -drive file=/vm/web1/data.img,if=virtio,format=raw \
  -netdev tap,id=net0,ifname=tap1,script=no,downscript=no \
  -device virtio-net-pci,netdev=net0,mac=58:9c:fc:00:00:02 \
  -display none -daemonize -pidfile /vm/web1/qemu.pid \
  -monitor unix:/vm/web1/monitor.sock,server=on,wait=off
