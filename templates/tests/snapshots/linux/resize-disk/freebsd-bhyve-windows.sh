#!/bin/sh
# plumb: petitecloud resize-disk host=freebsd hypervisor=bhyve guest=windows
# from: bhyve/resize-disk.plumb
set -eu
find /vm/web1/root.img -size +17179869184c -print -exec false {} +
truncate -s 16G /vm/web1/root.img
