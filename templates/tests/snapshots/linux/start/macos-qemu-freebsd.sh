#!/bin/sh
# plumb: petitecloud start host=macos hypervisor=qemu guest=freebsd
# from: qemu/start.plumb
set -eu
PATH="/opt/homebrew/bin:/usr/local/bin:$PATH"
qemu-system-x86_64 -name web1 \
  -accel hvf \
  -cpu host \
  -m 1024M -smp 2 \
  -drive file=/vm/web1/root.img,if=virtio,format=raw \
  -drive file=/vm/web1/data.img,if=virtio,format=raw \
  -netdev vmnet-bridged,id=net0,ifname=bridge0 \
  -device virtio-net-pci,netdev=net0,mac=58:9c:fc:00:00:02 \
  -display none -daemonize -pidfile /vm/web1/qemu.pid \
  -monitor unix:/vm/web1/monitor.sock,server=on,wait=off
