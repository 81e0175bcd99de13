#!/bin/sh
# plumb: petitecloud resize-disk host=linux hypervisor=qemu guest=windows
# from: qemu/resize-disk.plumb
set -eu
qemu-img resize -f raw /vm/web1/root.img 16G
