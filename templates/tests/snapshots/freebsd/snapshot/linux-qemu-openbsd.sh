#!/bin/sh
# plumb: petitecloud snapshot host=linux hypervisor=qemu guest=openbsd
# from: qemu/snapshot.plumb
set -eu
qemu-img snapshot -c installed --image-opts driver=qcow2,file.filename=/vm/fbsd1/disk0.img
