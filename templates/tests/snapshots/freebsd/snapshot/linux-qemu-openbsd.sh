#!/bin/sh
# plumb: petitecloud snapshot host=linux hypervisor=qemu guest=openbsd
# from: qemu/snapshot.plumb
set -eu
qemu-img snapshot -c installed -f qcow2 /vm/fbsd1/disk0.img
