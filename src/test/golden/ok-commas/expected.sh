#!/bin/sh
# plumb: vmtest start host=freebsd hypervisor=bhyve
# from: start.plumb
set -eu
qemu-system-x86_64 \
  -drive file=/vm/a,,b.img,if=virtio \
  -drive file=/vm/plain.img,if=virtio \
  -drive file='/vm/x ,,,, y.img',if=virtio \
  -name web1
