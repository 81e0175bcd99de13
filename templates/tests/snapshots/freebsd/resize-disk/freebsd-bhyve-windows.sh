#!/bin/sh
# plumb: petitecloud resize-disk host=freebsd hypervisor=bhyve guest=windows
# from: bhyve/resize-disk.plumb
set -eu
find /vm/fbsd1/disk0.img -size +21474836480c -print -exec false {} +
truncate -s 20G /vm/fbsd1/disk0.img
