#!/bin/sh
# plumb: petitecloud resize-disk host=linux hypervisor=qemu guest=linux
# from: qemu/resize-disk.plumb
set -eu
qemu-img resize -f qcow2 /vm/fbsd1/disk0.img 20G
