#!/bin/sh
# plumb: petitecloud rollback host=freebsd hypervisor=qemu guest=openbsd
# from: qemu/rollback.plumb
set -eu
qemu-img snapshot -a installed -f qcow2 /vm/fbsd1/disk0.img
