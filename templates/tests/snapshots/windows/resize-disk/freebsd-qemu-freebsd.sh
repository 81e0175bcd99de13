#!/bin/sh
# plumb: petitecloud resize-disk host=freebsd hypervisor=qemu guest=freebsd
# from: qemu/resize-disk.plumb
set -eu
qemu-img resize -f qcow2 /vm/win1/c.img 64G
