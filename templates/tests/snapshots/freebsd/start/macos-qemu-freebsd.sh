#!/bin/sh
# plumb: petitecloud start host=macos hypervisor=qemu guest=freebsd
# from: qemu/start.plumb
set -eu
PATH="/opt/homebrew/bin:/usr/local/bin:$PATH"
qemu-system-x86_64 -name fbsd1 \
  -accel hvf \
  -cpu host \
  -m 2048M -smp 2 \
  -drive file=/vm/fbsd1/disk0.img,if=virtio,format=qcow2 \
  -netdev vmnet-bridged,id=net0,ifname=bridge0 \
  -device virtio-net-pci,netdev=net0,mac=58:9c:fc:00:00:01 \
  -serial unix:/vm/fbsd1/console.sock,server=on,wait=off \
  -display none -daemonize -pidfile /vm/fbsd1/qemu.pid \
  -monitor unix:/vm/fbsd1/monitor.sock,server=on,wait=off
