#!/bin/sh
# plumb: petitecloud resize-disk host=freebsd hypervisor=bhyve guest=linux
# from: bhyve/resize-disk.plumb
set -eu
find /vm/win1/c.img -size +68719476736c -print -exec false {} +
truncate -s 64G /vm/win1/c.img
