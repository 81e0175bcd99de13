#!/bin/sh
# plumb: petitecloud rollback host=macos hypervisor=qemu guest=windows
# from: qemu/rollback.plumb
set -eu
PATH="/opt/homebrew/bin:/usr/local/bin:$PATH"
qemu-img snapshot -a installed --image-opts driver=qcow2,file.filename=/vm/fbsd1/disk0.img
