#!/bin/sh
# plumb: petitecloud rollback host=linux hypervisor=qemu guest=openbsd
# from: qemu/rollback.plumb
set -eu
qemu-img snapshot -a installed --image-opts driver=qcow2,file.filename=/vm/fbsd1/disk0.img
