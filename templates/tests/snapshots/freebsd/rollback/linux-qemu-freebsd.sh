#!/bin/sh
# plumb: petitecloud rollback host=linux hypervisor=qemu guest=freebsd
# from: qemu/rollback.plumb
set -eu
qemu-img snapshot -a installed -f qcow2 /vm/fbsd1/disk0.img
