#!/bin/sh
# plumb: tutorial start host=linux hypervisor=qemu
# from: qemu/start.plumb
set -eu
qemu-system-x86_64 -name web1 -m 2048 -smp 2 \
  -accel kvm \
  -drive file=/vm/web1/disk0.img,if=virtio,format=raw \
  -drive file='/vm/web1/data disk.img',if=virtio,format=raw \
  -display none -daemonize -pidfile /vm/web1.pid \
  -monitor unix:/vm/web1.sock,server,nowait
