#!/bin/sh
# plumb: petitecloud snapshot host=macos hypervisor=qemu guest=openbsd
# from: qemu/snapshot.plumb
set -eu
PATH="/opt/homebrew/bin:/usr/local/bin:$PATH"
qemu-img snapshot -c installed --image-opts driver=qcow2,file.filename=/vm/fbsd1/disk0.img
